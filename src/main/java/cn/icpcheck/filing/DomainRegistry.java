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
 * <p>A name of domains.csv that is not ASCII (an IDN such as {@code 例子.中国}) is also kept as it was
 * written, with the number of its domain: converting an IDN to its matched name is the dearest part
 * of matching, and the websites of services.csv mostly write their names as domains.csv does, so
 * {@link #matchKey} finds those without converting them again.
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
    /** The names of domains.csv that are not ASCII, as written there. */
    private KeyIndex writtenIdns = new KeyIndex();
    /** Per written IDN: the number of its domain in {@link #names}. */
    private IntColumn writtenIdnDomain = new IntColumn();
    private boolean released;

    /**
     * Makes room for the domains to come, {@code rowsInAll} rows of domains.csv in all, of which
     * {@code rowsSoFar} were read: the table of their names and the pools of their registrants and
     * statuses grow once to their expected size ({@link KeyIndex#reserve}).
     */
    public void expect(long rowsSoFar, long rowsInAll) {
        requireKept();
        names.reserveFor(rowsSoFar, rowsInAll);
        writtenIdns.reserveFor(rowsSoFar, rowsInAll);
        registrants.reserveFor(rowsSoFar, rowsInAll);
        statuses.reserveFor(rowsSoFar, rowsInAll);
    }

    /** Adds a domain written as its matched name; false when that is already registered (a duplicate key). */
    public boolean register(RegisteredDomain domain) {
        return register(domain, domain.name());
    }

    /**
     * Adds a domain, remembering how domains.csv wrote its name when that is not ASCII; false when
     * its name is already registered (a duplicate key).
     *
     * @param written the name as domains.csv has it, of which {@code domain.name()} is the
     *                {@link DomainName#matchKey}
     */
    public boolean register(RegisteredDomain domain, String written) {
        requireKept();
        int number = names.add(domain.name());
        if (number < 0) {
            return false;
        }
        if (!DomainName.isAscii(written) && writtenIdns.add(written) >= 0) {
            writtenIdnDomain.add(number);
        }
        registrant.add(registrants.intern(domain.registrantName()));
        expiresOn.add(Math.toIntExact(domain.expiresOn().toEpochDay()));
        status.add(statuses.intern(domain.registryStatus()));
        verified.add(domain.realNameVerified() == null ? 0 : domain.realNameVerified().ordinal() + 1);
        return true;
    }

    /**
     * {@link DomainName#matchKey} of a name as a website writes it: for an IDN written as domains.csv
     * wrote one, the name it was registered under, without converting it again.
     */
    public String matchKey(String written) {
        requireKept();
        if (!DomainName.isAscii(written)) {
            int w = writtenIdns.find(written);
            if (w >= 0) {
                return names.key(writtenIdnDomain.get(w));
            }
        }
        return DomainName.matchKey(written);
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
        writtenIdns = null;
        writtenIdnDomain = null;
    }

    private void requireKept() {
        if (released) {
            throw new IllegalStateException("the domains were released after the checks");
        }
    }
}
