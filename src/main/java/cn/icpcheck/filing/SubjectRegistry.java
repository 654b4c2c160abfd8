package cn.icpcheck.filing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The accepted subjects and services of a run: which subject numbers exist, which service numbers
 * are taken, and which active subjects have an active service.
 */
public final class SubjectRegistry {

    private final Map<String, Subject> subjects = new LinkedHashMap<>();
    private final Set<String> serviceNos = new HashSet<>();
    private final Map<String, Boolean> hasActiveService = new HashMap<>();

    /** Adds a subject; false when its number is already known (a duplicate key). */
    public boolean register(Subject subject) {
        return subjects.putIfAbsent(subject.subjectNo(), subject) == null;
    }

    /** The accepted subject with this number, or null. */
    public Subject find(String subjectNo) {
        return subjects.get(subjectNo);
    }

    /** Records a service number; false when it is already taken (a duplicate key). */
    public boolean registerService(Service service) {
        if (!serviceNos.add(service.serviceNo())) {
            return false;
        }
        if (service.active()) {
            hasActiveService.put(service.subjectNo(), Boolean.TRUE);
        }
        return true;
    }

    /** Whether the subject has an active service (its own status is not considered). */
    public boolean hasActiveService(String subjectNo) {
        return hasActiveService.containsKey(subjectNo);
    }

    /** Every accepted subject, in the order of subjects.csv. */
    public Iterable<Subject> all() {
        return subjects.values();
    }

    public int size() {
        return subjects.size();
    }
}
