package cn.icpcheck.filing;

import cn.icpcheck.filing.compact.ByteColumn;
import cn.icpcheck.filing.compact.IntColumn;
import cn.icpcheck.filing.compact.KeyIndex;
import cn.icpcheck.filing.compact.StringPool;

import java.time.LocalDate;

/**
 * The accepted rows of domains.csv, by matched domain name.
 *
 * <p>Kept compactly, since an export of a million subjects has some 2.5 million domains: the
 * names in a {@link KeyIndex} that numbers them, and per number the registrant and the registry
 * status as numbers in pools (a subject's domains mostly share one registrant, and there are only a
 * handful of distinct statuses), the expiry as an epoch day, and the verification as a byte.
 * {@link #find} builds the {@link RegisteredDomain} again.
 *
 * <p>Written by one thread (the reading step); read by the checks once that step is done.
 */
public final class DomainRegistry {

    private KeyIndex names = new KeyIndex();
    private StringPool registrants = new StringPool();
    private StringPool statuses = new StringPool();
    private IntColumn registrant = new IntColumn();
    private IntColumn expiresOn = new IntColumn();
    private IntColumn status = new IntColumn();
    /** 0 when unknown, else the ordinal of {@link RealNameVerified} plus one. */
    private ByteColumn verified = new ByteColumn();
    private boolean released;

    /** Adds a domain; false when its name is already registered (a duplicate key). */
    public boolean register(RegisteredDomain domain) {
        requireKept();
        if (names.add(domain.name()) < 0) {
            return false;
        }
        registrant.add(registrants.intern(domain.registrantName()));
        expiresOn.add(Math.toIntExact(domain.expiresOn().toEpochDay()));
        status.add(statuses.intern(domain.registryStatus()));
        verified.add(domain.realNameVerified() == null ? 0 : domain.realNameVerified().ordinal() + 1);
        return true;
    }

    /** The registration of a matched domain name, or null when domains.csv has none. */
    public RegisteredDomain find(String matchKey) {
        requireKept();
        int n = names.find(matchKey);
        if (n < 0) {
            return null;
        }
        int v = verified.get(n);
        return new RegisteredDomain(matchKey, registrants.get(registrant.get(n)), LocalDate.ofEpochDay(expiresOn.get(n)),
                statuses.get(status.get(n)), v == 0 ? null : RealNameVerified.values()[v - 1]);
    }

    public int size() {
        requireKept();
        return names.size();
    }

    /**
     * Lets the domains go once every website is checked, so that the reports have the heap; the
     * registry cannot be used after.
     */
    public void release() {
        released = true;
        names = null;
        registrants = null;
        statuses = null;
        registrant = null;
        expiresOn = null;
        status = null;
        verified = null;
    }

    private void requireKept() {
        if (released) {
            throw new IllegalStateException("the domains were released after the checks");
        }
    }
}
