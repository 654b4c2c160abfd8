package cn.icpcheck.filing;

import cn.icpcheck.filing.compact.ByteColumn;
import cn.icpcheck.filing.compact.IntColumn;
import cn.icpcheck.filing.compact.KeyIndex;
import cn.icpcheck.filing.compact.StringPool;
import cn.icpcheck.filing.compact.TextArena;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The accepted subjects and services of a run: which subject numbers exist, which service numbers
 * are taken, and which subjects have an active service.
 *
 * <p>Of a subject only its {@link SubjectSummary} is kept, compactly, since an export has up to a
 * million subjects and twice as many services: the subject numbers in a {@link KeyIndex} that
 * numbers them in the order of subjects.csv; per number the customer as a number in a pool, the
 * province as an index into the few provinces seen, the holder type and status as bytes, and the
 * holder's and principal's texts in a {@link TextArena}. The service numbers are only a
 * {@link KeyIndex}, and whether a subject has an active service one bit.
 *
 * <p>Written by one thread at a time (the reading steps); read by the checks once a step is done.
 */
public final class SubjectRegistry implements SubjectIndex {

    private static final HolderType[] HOLDER_TYPES = HolderType.values();

    private final KeyIndex subjectNos = new KeyIndex();
    private final StringPool customers = new StringPool();
    private final List<Province> provinces = new ArrayList<>();
    private final TextArena texts = new TextArena();
    private final IntColumn customer = new IntColumn();
    private final IntColumn province = new IntColumn();
    private final ByteColumn holderType = new ByteColumn();
    private final ByteColumn active = new ByteColumn();
    private final IntColumn holderName = new IntColumn();
    private final IntColumn principalName = new IntColumn();
    private final IntColumn principalMobile = new IntColumn();
    private final IntColumn principalEmail = new IntColumn();

    private KeyIndex serviceNos = new KeyIndex();
    private BitSet hasActiveService = new BitSet();

    /** Adds a subject; false when its number is already known (a duplicate key). */
    public boolean register(Subject subject) {
        if (subjectNos.add(subject.subjectNo()) < 0) {
            return false;
        }
        customer.add(customers.intern(subject.customerId()));
        province.add(provinceIndex(subject.province()));
        holderType.add(subject.holderType().ordinal());
        active.add(subject.active() ? 1 : 0);
        holderName.add(texts.add(subject.holderName()));
        Contact contact = subject.contact();
        principalName.add(texts.add(contact.name()));
        principalMobile.add(texts.add(contact.mobile()));
        principalEmail.add(texts.add(contact.email()));
        return true;
    }

    /**
     * Makes room for the subjects to come, {@code rowsInAll} rows of subjects.csv in all, of which
     * {@code rowsSoFar} were read: the table of their numbers and the pool of their customers grow
     * once to their expected size rather than a dozen times ({@link KeyIndex#reserve}).
     */
    public void expectSubjects(long rowsSoFar, long rowsInAll) {
        subjectNos.reserveFor(rowsSoFar, rowsInAll);
        customers.reserveFor(rowsSoFar, rowsInAll);
    }

    /** Makes room for the services to come, as {@link #expectSubjects} for services.csv. */
    public void expectServices(long rowsSoFar, long rowsInAll) {
        requireServices();
        serviceNos.reserveFor(rowsSoFar, rowsInAll);
    }

    /** The index of a province in {@link #provinces}, added if new; the table's own instances are compared. */
    private int provinceIndex(Province p) {
        for (int i = 0; i < provinces.size(); i++) {
            if (provinces.get(i) == p) {
                return i;
            }
        }
        provinces.add(p);
        return provinces.size() - 1;
    }

    /** The accepted subject with this number, or null. */
    public SubjectSummary find(String subjectNo) {
        int n = subjectNos.find(subjectNo);
        return n < 0 ? null : new Kept(n, subjectNo);
    }

    /** The subject's number in the order of subjects.csv, from 0. */
    @Override
    public int positionOf(String subjectNo) {
        return subjectNos.find(subjectNo);
    }

    @Override
    public SubjectSummary at(int position) {
        if (position < 0 || position >= subjectNos.size()) {
            throw new IndexOutOfBoundsException(position);
        }
        return new Kept(position, null);
    }

    /** Records a service number; false when it is already taken (a duplicate key). */
    public boolean registerService(Service service) {
        return registerService(service, find(service.subjectNo()));
    }

    /**
     * Records a service number of a subject found in this registry (or null when it has none);
     * false when the number is already taken (a duplicate key).
     */
    public boolean registerService(Service service, SubjectSummary subject) {
        requireServices();
        if (serviceNos.add(service.serviceNo()) < 0) {
            return false;
        }
        if (service.active() && subject != null) {
            hasActiveService.set(subject instanceof Kept kept && kept.registry() == this
                    ? kept.n : subjectNos.find(subject.subjectNo()));
        }
        return true;
    }

    /** Whether the subject has an active service (its own status is not considered). */
    public boolean hasActiveService(String subjectNo) {
        requireServices();
        int n = subjectNos.find(subjectNo);
        return n >= 0 && hasActiveService.get(n);
    }

    /** Whether a subject of this registry has an active service (its own status is not considered). */
    public boolean hasActiveService(SubjectSummary subject) {
        if (subject instanceof Kept kept && kept.registry() == this) {
            requireServices();
            return hasActiveService.get(kept.n);
        }
        return hasActiveService(subject.subjectNo());
    }

    /** Every accepted subject, in the order of subjects.csv. */
    public Iterable<SubjectSummary> all() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < subjectNos.size();
            }

            @Override
            public SubjectSummary next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Kept(next++, null);
            }
        };
    }

    public int size() {
        return subjectNos.size();
    }

    /**
     * Lets the service numbers go once every subject is checked against its services, so that the
     * reports have the heap; the subjects themselves stay, for the contact list.
     */
    public void releaseServices() {
        serviceNos = null;
        hasActiveService = null;
    }

    private void requireServices() {
        if (serviceNos == null) {
            throw new IllegalStateException("the service numbers were released after the checks");
        }
    }

    /** A subject as kept, read from the columns as it is asked for. */
    private final class Kept implements SubjectSummary {
        private final int n;
        private String subjectNo;
        private String customerId;
        private String holderName;

        Kept(int n, String subjectNo) {
            this.n = n;
            this.subjectNo = subjectNo;
        }

        SubjectRegistry registry() {
            return SubjectRegistry.this;
        }

        @Override
        public String subjectNo() {
            if (subjectNo == null) {
                subjectNo = subjectNos.key(n);
            }
            return subjectNo;
        }

        @Override
        public String customerId() {
            if (customerId == null) {
                customerId = customers.get(customer.get(n));
            }
            return customerId;
        }

        @Override
        public Province province() {
            return provinces.get(province.get(n));
        }

        @Override
        public String holderName() {
            if (holderName == null) {
                holderName = texts.get(SubjectRegistry.this.holderName.get(n));
            }
            return holderName;
        }

        @Override
        public HolderType holderType() {
            return HOLDER_TYPES[holderType.get(n)];
        }

        @Override
        public boolean active() {
            return active.get(n) == 1;
        }

        @Override
        public Contact contact() {
            return new Contact(texts.get(principalName.get(n)), texts.get(principalMobile.get(n)),
                    texts.get(principalEmail.get(n)));
        }

        @Override
        public String toString() {
            return "subject " + subjectNo();
        }
    }
}
