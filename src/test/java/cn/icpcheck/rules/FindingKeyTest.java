package cn.icpcheck.rules;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's key as a hash key: equal keys hash alike, whatever their components. */
class FindingKeyTest {

    @Test
    void equalKeysHashAlikeAndEachComponentCounts() {
        FindingKey key = new FindingKey(RuleCode.DOMAIN_EXPIRED, "京ICP备12345678号", "京ICP备12345678号-1", "a.cn");
        FindingKey same = new FindingKey(RuleCode.DOMAIN_EXPIRED, new String("京ICP备12345678号"),
                new String("京ICP备12345678号-1"), new String("a.cn"));
        assertThat(same).isEqualTo(key).hasSameHashCodeAs(key);
        assertThat(new FindingKey(null, null, null, null)).hasSameHashCodeAs(new FindingKey(null, null, null, null));

        Set<Integer> hashes = new HashSet<>();
        for (FindingKey other : new FindingKey[] {key,
                new FindingKey(RuleCode.DOMAIN_EXPIRING_SOON, key.subjectNo(), key.serviceNo(), key.object()),
                new FindingKey(key.rule(), "浙ICP备22345678号", key.serviceNo(), key.object()),
                new FindingKey(key.rule(), key.subjectNo(), "京ICP备12345678号-2", key.object()),
                new FindingKey(key.rule(), key.subjectNo(), key.serviceNo(), "b.cn"),
                new FindingKey(null, key.subjectNo(), key.serviceNo(), key.object())}) {
            hashes.add(other.hashCode());
        }
        assertThat(hashes).hasSize(6);
    }
}
