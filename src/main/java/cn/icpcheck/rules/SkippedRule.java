package cn.icpcheck.rules;

import cn.icpcheck.input.ExportFile;

/**
 * A rule that did not run, and why.
 *
 * @param missingInput the optional file that was not given, or null when the rule was switched off
 */
public record SkippedRule(RuleCode rule, ExportFile missingInput) {

    /** The reason as summary.json states it. */
    public String reason() {
        return missingInput == null ? "switched off in the job configuration" : missingInput.fileName() + " not given";
    }
}
