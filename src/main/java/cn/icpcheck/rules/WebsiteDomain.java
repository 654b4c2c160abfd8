package cn.icpcheck.rules;

import cn.icpcheck.filing.Service;
import cn.icpcheck.filing.SubjectSummary;

/**
 * A domain filed for an active website.
 *
 * @param name the matched form: ASCII, lower case
 */
public record WebsiteDomain(SubjectSummary subject, Service website, String name) {

    /** Starts a finding about this domain of this website. */
    public RuleContext.Flag flag(RuleCode rule, RuleContext ctx) {
        return ctx.flag(rule, subject).service(website).object(name);
    }
}
