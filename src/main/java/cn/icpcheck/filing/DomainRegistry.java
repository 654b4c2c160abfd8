package cn.icpcheck.filing;

import java.util.HashMap;
import java.util.Map;

/** The accepted rows of domains.csv, by matched domain name. */
public final class DomainRegistry {

    private final Map<String, RegisteredDomain> byName = new HashMap<>();

    /** Adds a domain; false when its name is already registered (a duplicate key). */
    public boolean register(RegisteredDomain domain) {
        return byName.putIfAbsent(domain.name(), domain) == null;
    }

    /** The registration of a matched domain name, or null when domains.csv has none. */
    public RegisteredDomain find(String matchKey) {
        return byName.get(matchKey);
    }

    public int size() {
        return byName.size();
    }
}
