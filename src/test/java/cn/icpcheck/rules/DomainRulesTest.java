package cn.icpcheck.rules;

import cn.icpcheck.filing.ChangedField;
import cn.icpcheck.filing.OrderStatus;
import cn.icpcheck.filing.RealNameVerified;
import cn.icpcheck.filing.RegisteredDomain;
import cn.icpcheck.filing.Subject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static cn.icpcheck.rules.RuleTestKit.RUN_DATE;
import static cn.icpcheck.rules.RuleTestKit.domain;
import static cn.icpcheck.rules.RuleTestKit.of;
import static cn.icpcheck.rules.RuleTestKit.subject;
import static cn.icpcheck.rules.RuleTestKit.subjectIn;
import static cn.icpcheck.rules.RuleTestKit.website;
import static org.assertj.core.api.Assertions.assertThat;

class DomainRulesTest {

    private final RuleTestKit kit = new RuleTestKit();

    /** Zhejiang: min_days 90, warning 30. */
    @ParameterizedTest(name = "{0} days left → {1}")
    @CsvSource({
            "-1,DOMAIN_EXPIRED", "0,DOMAIN_VALIDITY_SHORT", "89,DOMAIN_VALIDITY_SHORT", "90,DOMAIN_EXPIRING_SOON",
            "119,DOMAIN_EXPIRING_SOON", "120,"})
    void theThreeExpiryRulesExcludeEachOtherAtTheirBoundaries(int daysLeft, RuleCode expected) {
        kit.domains.register(domain("example.com", RUN_DATE.plusDays(daysLeft)));
        List<Finding> findings = kit.check(subject(), website(subject(), "example.com"));
        List<RuleCode> expiry = findings.stream().map(Finding::rule)
                .filter(r -> r.name().startsWith("DOMAIN_EXP") || r == RuleCode.DOMAIN_VALIDITY_SHORT).toList();
        assertThat(expiry).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected));
    }

    @Test
    void deadlinesAreTheExpiryOrTheDayTheDomainFallsBelowTheMinimum() {
        kit.domains.register(domain("a.com", RUN_DATE.minusDays(3)));
        kit.domains.register(domain("b.com", RUN_DATE));
        kit.domains.register(domain("c.com", RUN_DATE.plusDays(100)));
        List<Finding> f = kit.check(subject(), website(subject(), "a.com", "b.com", "c.com"));
        assertThat(of(RuleCode.DOMAIN_EXPIRED, f)).containsExactly("a.com@2026-11-27");
        assertThat(of(RuleCode.DOMAIN_VALIDITY_SHORT, f)).containsExactly("b.com@2026-11-30");
        assertThat(of(RuleCode.DOMAIN_EXPIRING_SOON, f)).containsExactly("c.com@" + RUN_DATE.plusDays(10));
    }

    @Test
    void minDaysComesFromTheProvince() {
        Subject shanghai = subjectIn("沪", "沪ICP备12345678号");
        Subject jilin = subjectIn("吉林省", "吉ICP备12345678号");
        kit.domains.register(domain("sh.com", RUN_DATE.plusDays(179)));
        kit.domains.register(domain("jl.com", RUN_DATE.plusDays(45)));
        List<Finding> f = kit.check(List.of(shanghai, jilin),
                List.of(website(shanghai, "sh.com"), website(jilin, "jl.com")));
        assertThat(of(RuleCode.DOMAIN_VALIDITY_SHORT, f)).containsExactly("sh.com@" + RUN_DATE.plusDays(179));
        assertThat(of(RuleCode.DOMAIN_EXPIRING_SOON, f)).containsExactly("jl.com@" + RUN_DATE);
    }

    @Test
    void aDomainWithoutRegistrationIsOnlyNotFound() {
        List<Finding> f = kit.check(subject(), website(subject(), "missing.com")).stream()
                .filter(x -> x.family() == Family.DOMAIN || x.family() == Family.HOLDER).toList();
        assertThat(f).extracting(Finding::rule).containsExactly(RuleCode.DOMAIN_NOT_FOUND);
        assertThat(f.get(0).serviceNo()).isEqualTo("浙ICP备12345678号-1");
    }

    @Test
    void unicodeAndPunycodeFormsAreOneDomainAndDuplicatesCountOnce() {
        kit.domains.register(domain("xn--fsqu00a.xn--fiqs8s", RUN_DATE.minusDays(1)));
        List<Finding> f = kit.check(subject(), website(subject(), "例子.中国", "XN--FSQU00A.XN--FIQS8S", "例子.中国."));
        assertThat(of(RuleCode.DOMAIN_EXPIRED, f)).containsExactly("xn--fsqu00a.xn--fiqs8s@2026-11-29");
    }

    @ParameterizedTest
    @CsvSource({"clientHold,true", "SERVERHOLD,true", "pendingDelete,true", "redemptionPeriod,true",
            "'ok',false", "'clientTransferProhibited, clientHold',true", "clientTransferProhibited,false"})
    void suspendedWhenTheRegistryHoldsTheDomain(String status, boolean suspended) {
        RegisteredDomain d = domain("example.com", RUN_DATE.plusDays(400));
        kit.domains.register(new RegisteredDomain(d.name(), d.registrantName(), d.expiresOn(), status, null));
        assertThat(of(RuleCode.DOMAIN_SUSPENDED, kit.check(subject(), website(subject(), "example.com"))))
                .hasSize(suspended ? 1 : 0);
    }

    @Test
    void noCharacterBeyondAsciiLowerCasesToALetterOfASuspendedStatus() {
        // what DomainSuspendedRule.suspended relies on to compare ASCII alone
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            String lower = new String(Character.toChars(cp)).toLowerCase(Locale.ROOT);
            if (lower.chars().allMatch(c -> c < 0x80)) {
                assertThat(lower).as("U+%04X", cp).isEqualTo("k");
            }
        }
        assertThat(String.join("", DomainSuspendedRule.SUSPENDED)).doesNotContain("k").matches("[a-z]+");
    }

    @Test
    void readsAStatusAsItsLowerCaseWouldBeRead() {
        // every token in place against the definition: the status lower-cased (Locale.ROOT) is one of the four
        char[] alphabet = "clientHOLDservrpdgmaykKİıſ \u212A\u0130ÇǅⅭ,;".toCharArray();
        Random random = new Random(7);
        List<String> tokens = new ArrayList<>();
        for (String status : DomainSuspendedRule.SUSPENDED) {
            tokens.add(status);
            tokens.add(status.toUpperCase(Locale.ROOT));
            for (int i = 0; i < status.length(); i++) {
                for (char c : alphabet) {
                    tokens.add(status.substring(0, i) + c + status.substring(i + 1));
                    tokens.add(status.substring(0, i) + c + status.substring(i));
                }
            }
        }
        for (int i = 0; i < 100_000; i++) {
            char[] t = new char[random.nextInt(18)];
            for (int j = 0; j < t.length; j++) {
                t[j] = alphabet[random.nextInt(alphabet.length)];
            }
            tokens.add(new String(t));
        }
        int held = 0;
        for (String token : tokens) {
            boolean expected = DomainSuspendedRule.SUSPENDED.contains(token.toLowerCase(Locale.ROOT));
            assertThat(DomainSuspendedRule.suspended("|" + token + "|", 1, token.length() + 1)).as(token).isEqualTo(expected);
            held += expected ? 1 : 0;
        }
        assertThat(held).isGreaterThan(8);
    }

    @ParameterizedTest
    @CsvSource(value = {"NO,1", "YES,0", "null,0"}, nullValues = "null")
    void notVerifiedOnlyWhenTheRegistrarSaysNo(RealNameVerified verified, int count) {
        RegisteredDomain d = domain("example.com", RUN_DATE.plusDays(400));
        kit.domains.register(new RegisteredDomain(d.name(), d.registrantName(), d.expiresOn(), null, verified));
        assertThat(of(RuleCode.DOMAIN_NOT_VERIFIED, kit.check(subject(), website(subject(), "example.com")))).hasSize(count);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"杭州云栈科技有限公司|0", "杭州云栈科技 有限公司|0", "杭州云栈网络有限公司|1"})
    void holderMismatchComparesNamesAfterNormalising(String registrant, int count) {
        kit.domains.register(registeredTo("example.com", registrant));
        List<Finding> f = kit.check(subject(), website(subject(), "example.com"));
        assertThat(of(RuleCode.HOLDER_MISMATCH, f)).hasSize(count);
        f.stream().filter(x -> x.rule() == RuleCode.HOLDER_MISMATCH)
                .forEach(x -> assertThat(x.family()).isEqualTo(Family.HOLDER));
    }

    @Test
    void aPendingHolderChangeIsTheTargetHolderAndTheDetailSaysSo() {
        kit.domains.register(registeredTo("example.com", "杭州云栈科技有限公司"));
        kit.orders.add(RuleTestKit.order("O-1", subject(), OrderStatus.PROVIDER_REVIEW, RUN_DATE.minusDays(3),
                ChangedField.HOLDER_NAME, "杭州新栈科技有限公司"));
        List<Finding> f = kit.check(subject(), website(subject(), "example.com"));
        Finding mismatch = f.stream().filter(x -> x.rule() == RuleCode.HOLDER_MISMATCH).findFirst().orElseThrow();
        assertThat(mismatch.detail()).contains("杭州新栈科技有限公司").contains("O-1");
    }

    @Test
    void theLatestPendingHolderChangeWinsAndFinishedOrdersDoNotCount() {
        kit.domains.register(registeredTo("example.com", "名称乙有限公司"));
        Subject s = subject();
        kit.orders.add(RuleTestKit.order("O-1", s, OrderStatus.DRAFTING, LocalDate.of(2026, 11, 1), ChangedField.HOLDER_NAME, "名称甲有限公司"));
        kit.orders.add(RuleTestKit.order("O-2", s, OrderStatus.DRAFTING, LocalDate.of(2026, 11, 2), ChangedField.HOLDER_NAME, "名称乙有限公司"));
        kit.orders.add(RuleTestKit.order("O-3", s, OrderStatus.COMPLETED, LocalDate.of(2026, 11, 3), ChangedField.HOLDER_NAME, "名称丙有限公司"));
        assertThat(of(RuleCode.HOLDER_MISMATCH, kit.check(s, website(s, "example.com")))).isEmpty();
    }

    @Test
    void onSameSubmissionDateTheGreaterOrderIdIsTheLatest() {
        kit.domains.register(registeredTo("example.com", "名称乙有限公司"));
        Subject s = subject();
        LocalDate day = LocalDate.of(2026, 11, 2);
        kit.orders.add(RuleTestKit.order("O-9", s, OrderStatus.DRAFTING, day, ChangedField.HOLDER_NAME, "名称乙有限公司"));
        kit.orders.add(RuleTestKit.order("O-10", s, OrderStatus.DRAFTING, day, ChangedField.HOLDER_NAME, "名称甲有限公司"));
        // "O-9" > "O-10" as strings: O-9 is the latest
        assertThat(of(RuleCode.HOLDER_MISMATCH, kit.check(s, website(s, "example.com")))).isEmpty();
    }

    @Test
    void appsHaveNoDomainRulesAndCancelledWebsitesAreNotChecked() {
        Subject s = subject();
        var app = new cn.icpcheck.filing.Service(s.subjectNo() + "-2A", s.subjectNo(), cn.icpcheck.filing.ServiceType.APP,
                "云栈App", List.of("missing.com"), RuleTestKit.person(), List.of("i-1"), cn.icpcheck.filing.ServiceStatus.ACTIVE);
        var cancelled = new cn.icpcheck.filing.Service(s.subjectNo() + "-3", s.subjectNo(), cn.icpcheck.filing.ServiceType.WEBSITE,
                "旧站", List.of("missing.com"), RuleTestKit.person(), List.of(), cn.icpcheck.filing.ServiceStatus.CANCELLED);
        assertThat(of(RuleCode.DOMAIN_NOT_FOUND, kit.check(List.of(s), List.of(app, cancelled)))).isEmpty();
    }

    private static RegisteredDomain registeredTo(String name, String registrant) {
        RegisteredDomain d = domain(name, RUN_DATE.plusDays(400));
        return new RegisteredDomain(d.name(), registrant, d.expiresOn(), "ok", RealNameVerified.YES);
    }
}
