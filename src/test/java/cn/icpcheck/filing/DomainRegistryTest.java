package cn.icpcheck.filing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainRegistryTest {

    private static final LocalDate EXPIRES = LocalDate.of(2030, 1, 1);

    @Test
    void aWebsitesNameMatchesAsDomainNameWouldMatchItWhetherOrNotDomainsCsvWroteItSo() {
        DomainRegistry registry = new DomainRegistry();
        List<String> written = List.of("例子1.中国", "WWW.Example.COM", "Bücher.example", "例子2。中国", "例子3.中国");
        for (String name : written.subList(0, 4)) {
            assertThat(registry.register(domain(DomainName.matchKey(name)), name)).isTrue();
        }
        // a second spelling of a registered name is a duplicate, and is not remembered as written
        assertThat(registry.register(domain(DomainName.matchKey("例子1．中国")), "例子1．中国")).isFalse();

        for (String name : List.of("例子1.中国", "例子1．中国", " 例子1.中国. ", "WWW.Example.COM", "www.example.com",
                "Bücher.example", "bücher.EXAMPLE", "例子2。中国", "例子3.中国", "例子4.中国", "ex\u00e4mple..com", "")) {
            assertThat(registry.matchKey(name)).as(name).isEqualTo(DomainName.matchKey(name));
        }
        assertThat(registry.matchKey("例子1.中国")).isEqualTo(java.net.IDN.toASCII("例子1.中国"));
        assertThat(registry.find(registry.matchKey("例子2。中国"))).isNotNull();
        assertThat(registry.find(registry.matchKey("例子3.中国"))).isNull();
    }

    @Test
    void domainsRegisteredAfterRoomWasMadeForThemAreFoundLikeThoseBefore() {
        DomainRegistry registry = new DomainRegistry();
        for (int i = 0; i < 1_000; i++) {
            String written = i % 10 == 0 ? "例子" + i + ".中国" : "site" + i + ".com";
            assertThat(registry.register(domain(DomainName.matchKey(written)), written)).isTrue();
        }
        // an eighth of domains.csv read: room for 8,000 domains, their registrants and statuses
        registry.expect(1_000, 8_000);
        for (int i = 1_000; i < 8_000; i++) {
            String written = i % 10 == 0 ? "例子" + i + ".中国" : "site" + i + ".com";
            assertThat(registry.register(domain(DomainName.matchKey(written)), written)).isTrue();
        }
        assertThat(registry.register(domain("site7.com"), "SITE7.com")).isFalse();
        for (int i = 0; i < 8_000; i += 7) {
            String written = i % 10 == 0 ? "例子" + i + ".中国" : "site" + i + ".com";
            RegisteredDomain found = registry.find(registry.matchKey(written));
            assertThat(found).as(written).isNotNull();
            assertThat(found.registrantName()).isEqualTo("云栈科技有限公司");
            assertThat(found.registryStatus()).isEqualTo("ok");
        }
        assertThat(registry.find("site8000.com")).isNull();
    }

    @Test
    void aReleasedRegistryMatchesNothing() {
        DomainRegistry registry = new DomainRegistry();
        registry.register(domain(DomainName.matchKey("例子.中国")), "例子.中国");
        registry.release();
        assertThatThrownBy(() -> registry.matchKey("例子.中国")).isInstanceOf(IllegalStateException.class);
    }

    private static RegisteredDomain domain(String matchKey) {
        return new RegisteredDomain(matchKey, "云栈科技有限公司", EXPIRES, "ok", RealNameVerified.YES);
    }
}
