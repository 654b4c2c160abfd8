package cn.icpcheck.filing.compact;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CompactStorageTest {

    @Test
    void keysAreNumberedInTheOrderFirstAddedAndFoundAgain() {
        KeyIndex index = new KeyIndex();
        Map<String, Integer> oracle = new HashMap<>();
        List<String> order = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // short ids that share String hash codes, Chinese filing numbers, and repeats
            String key = switch (i % 3) {
                case 0 -> "i-" + Integer.toString(random.nextInt(60_000), 36);
                case 1 -> "浙ICP备" + (10_000_000 + random.nextInt(80_000)) + "号";
                default -> order.isEmpty() ? "x" : order.get(random.nextInt(order.size()));
            };
            int number = index.add(key);
            Integer known = oracle.get(key);
            if (known == null) {
                assertThat(number).isEqualTo(order.size());
                oracle.put(key, number);
                order.add(key);
            } else {
                assertThat(number).isEqualTo(-known - 1);
            }
        }
        assertThat(index.size()).isEqualTo(order.size());
        for (int n = 0; n < order.size(); n++) {
            assertThat(index.key(n)).isEqualTo(order.get(n));
            assertThat(index.find(order.get(n))).isEqualTo(n);
        }
        assertThat(index.find("i-unknown")).isEqualTo(-1);
        assertThat(index.find("")).isEqualTo(-1);
    }

    @Test
    void aTableReservedForTheKeysToComeHoldsThemWithoutGrowingAndKeepsThoseItHad() {
        KeyIndex index = new KeyIndex();
        for (int i = 0; i < 10_000; i++) {
            index.add("k" + i);
        }
        assertThat(index.slots()).isEqualTo(1 << 14);
        // 10,000 keys in 2,000 rows: at that rate 70,000 rows bring 350,000 keys, which take 2^19
        // slots at 7 in 10 of them taken (367,001 at most)
        index.reserveFor(2_000, 70_000);
        assertThat(index.slots()).isEqualTo(1 << 19);
        for (int i = 0; i < 10_000; i++) {
            assertThat(index.find("k" + i)).isEqualTo(i);
        }
        for (int i = 10_000; i < 367_001; i++) {
            assertThat(index.add("k" + i)).isEqualTo(i);
        }
        assertThat(index.slots()).isEqualTo(1 << 19);
        for (int i = 0; i < 367_001; i++) {
            assertThat(index.find("k" + i)).isEqualTo(i);
        }
        // past 7 in 10 it grows as before
        assertThat(index.add("k-last")).isEqualTo(367_001);
        assertThat(index.slots()).isEqualTo(1 << 20);
        assertThat(index.find("k-last")).isEqualTo(367_001);
        // reserving less than it has, or with no rows to go by, changes nothing
        index.reserve(1_000);
        index.reserveFor(0, 1_000_000);
        index.reserveFor(5_000, 4_000);
        assertThat(index.slots()).isEqualTo(1 << 20);
    }

    @Test
    void keysStayFoundThroughGrowthsOfATableOfManyStretches() {
        // 600,000 keys double the table to a million slots: each growth past 4,096 slots places the
        // keys a stretch at a time, after sorting them by slot
        KeyIndex index = new KeyIndex();
        int keys = 600_000;
        for (int i = 0; i < keys; i++) {
            assertThat(index.add("k" + i)).isEqualTo(i);
            if (Integer.bitCount(i + 1) == 1) {
                // at each power of two, every key so far is still there, under its own number
                for (int j = 0; j <= i; j++) {
                    assertThat(index.find("k" + j)).isEqualTo(j);
                }
            }
        }
        for (int i = 0; i < keys; i++) {
            assertThat(index.add("k" + i)).isEqualTo(-i - 1);
            assertThat(index.key(i)).isEqualTo("k" + i);
        }
        assertThat(index.size()).isEqualTo(keys);
        assertThat(index.find("k" + keys)).isEqualTo(-1);
    }

    @Test
    void theArenaKeepsEmptyLongAndMissingStrings() {
        TextArena arena = new TextArena();
        String long200 = "名".repeat(200);
        String huge = "x".repeat(100_000);
        int empty = arena.add("");
        int chinese = arena.add(long200);
        int big = arena.add(huge);
        int missing = arena.add(null);
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            many.add(arena.add("row " + i));
        }
        assertThat(arena.get(empty)).isEmpty();
        assertThat(arena.get(chinese)).isEqualTo(long200);
        assertThat(arena.get(big)).isEqualTo(huge);
        assertThat(arena.get(missing)).isNull();
        for (int i = 0; i < many.size(); i += 997) {
            assertThat(arena.get(many.get(i))).isEqualTo("row " + i);
        }
    }

    @Test
    void aPoolKeepsEachValueOnce() {
        StringPool pool = new StringPool();
        int a = pool.intern("阿里云");
        int b = pool.intern("ok");
        assertThat(pool.intern("阿里云")).isEqualTo(a);
        assertThat(pool.intern(null)).isEqualTo(StringPool.NONE);
        assertThat(pool.get(a)).isEqualTo("阿里云");
        assertThat(pool.get(b)).isEqualTo("ok");
        assertThat(pool.get(StringPool.NONE)).isNull();
        assertThat(pool.size()).isEqualTo(2);
    }
}
