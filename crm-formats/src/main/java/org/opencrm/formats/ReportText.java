package org.opencrm.formats;

import java.util.Locale;
import java.util.Map;

/** The words of the HTML reports in English and Simplified Chinese (the seeds' language); English otherwise. */
final class ReportText {

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("book", new String[] {"CRM reports", "客户关系管理报告"}),
            Map.entry("generated", new String[] {"Generated", "生成时间"}),
            Map.entry("contents", new String[] {"Contents", "目录"}),
            Map.entry("summary", new String[] {"Summary", "摘要"}),
            Map.entry("notes", new String[] {"Notes", "说明"}),
            Map.entry("not-computed", new String[] {"Not computed", "无法计算"}),
            Map.entry("sort-hint", new String[] {"Click a column heading to sort.", "点击列标题排序。"}),
            Map.entry("customers", new String[] {"customers", "客户数"}),
            Map.entry("report.lifecycle", new String[] {"Lifecycle", "客户生命周期"}),
            Map.entry("report.rfm", new String[] {"RFM", "RFM 分析"}),
            Map.entry("report.value", new String[] {"Customer value (CLV)", "客户价值 (CLV)"}),
            Map.entry("report.churn", new String[] {"Churn", "客户流失"}),
            Map.entry("report.tiers", new String[] {"Tier movement", "客户层级变动"}),
            Map.entry("report.loyalty", new String[] {"Loyalty", "客户忠诚度"}),
            Map.entry("report.value-types", new String[] {"Value orientation types", "价值取向类型"}),
            Map.entry("report.surveys", new String[] {"Surveys (NPS)", "满意度调查 (NPS)"}),
            Map.entry("report.complaints", new String[] {"Complaints", "客户投诉"}),
            Map.entry("report.quality", new String[] {"Relationship quality", "关系质量"}),
            Map.entry("report.6i", new String[] {"6I scorecard", "6I 记分卡"}),
            Map.entry("report.acquisition", new String[] {"Acquisition economics", "客户获取经济性"}),
            Map.entry("report.prospects", new String[] {"Prospects", "潜在客户"}),
            Map.entry("report.rules", new String[] {"Association rules", "关联规则"}),
            Map.entry("report.campaign", new String[] {"Campaign", "营销活动"}),
            Map.entry("chart.stages", new String[] {"Customers by lifecycle stage", "各生命周期阶段的客户数"}),
            Map.entry("chart.transitions", new String[] {"Stage transitions in the period", "期间内的阶段转换"}),
            Map.entry("chart.rfm-segments", new String[] {"Customers by RFM segment", "各 RFM 细分的客户数"}),
            Map.entry("chart.grid", new String[] {"Value grid: customers by historical and potential value",
                "价值矩阵：按历史价值与潜在价值划分的客户数"}),
            Map.entry("axis.historical", new String[] {"historical value (tercile)", "历史价值（三分位）"}),
            Map.entry("axis.potential", new String[] {"potential value (tercile)", "潜在价值（三分位）"}),
            Map.entry("chart.clv", new String[] {"CLV distribution by percentile", "CLV 分位数分布"}),
            Map.entry("chart.clv-histogram", new String[] {"Customers by CLV (log-scale bins)",
                "按 CLV 划分的客户数（对数刻度分箱）"}),
            Map.entry("chart.rf", new String[] {"RFM map: customers by recency and frequency score",
                "RFM 矩阵：按最近购买与购买频率得分划分的客户数"}),
            Map.entry("axis.recency-score", new String[] {"recency score (5 = most recent)", "最近购买得分（5 = 最近）"}),
            Map.entry("axis.frequency-score", new String[] {"frequency score (5 = most often)",
                "购买频率得分（5 = 最频繁）"}),
            Map.entry("chart.alive", new String[] {"P(alive) against days since the last purchase",
                "存活概率 P(alive) 与距上次购买天数"}),
            Map.entry("axis.recency-days", new String[] {"days since the last purchase", "距上次购买的天数"}),
            Map.entry("axis.p-alive", new String[] {"P(alive)", "存活概率 P(alive)"}),
            Map.entry("axis.clv", new String[] {"CLV", "客户终身价值"}),
            Map.entry("chart.churn", new String[] {"Customers by churn status", "按流失状态划分的客户数"}),
            Map.entry("chart.loyalty", new String[] {"Loyalty quadrants: customers by duration and value",
                "忠诚度象限：按关系时长与价值划分的客户数"}),
            Map.entry("axis.duration", new String[] {"relationship duration", "关系时长"}),
            Map.entry("axis.profitability", new String[] {"value", "价值"}),
            Map.entry("chart.lift", new String[] {"Lift over control with 95% intervals", "相对对照组的提升（95% 置信区间）"}),
            Map.entry("axis.lift", new String[] {"difference in rate (contacted − control), percentage points",
                "比率差（接触组 − 对照组），百分点"}),
            Map.entry("chart.groups", new String[] {"Response rate: contacted and control", "响应率：接触组与对照组"}),
            Map.entry("axis.rate", new String[] {"rate", "比率"}),
            Map.entry("chart.rules", new String[] {"Strongest association rules by lift", "按提升度排列的最强关联规则"}),
            Map.entry("axis.lift-ratio", new String[] {"lift (confidence ÷ the consequent's share of baskets)",
                "提升度（置信度 ÷ 后项的购物篮占比）"}),
            Map.entry("chart.prospects", new String[] {"Prospects most like the best customers", "最像最佳客户的潜在客户"}),
            Map.entry("axis.score", new String[] {"score (sum of weights of evidence)", "得分（证据权重之和）"}),
            Map.entry("chart.rows", new String[] {"Customers per row", "各行客户数"}),
            Map.entry("chart.tiers", new String[] {"Customers by tier, then and now", "各层级客户数（期初与期末）"}));

    private ReportText() {
    }

    /** The word for {@code key} in {@code locale}; the key itself if there is none. */
    static String of(String key, Locale locale) {
        String[] words = TEXT.get(key);
        if (words == null) {
            return key;
        }
        return "zh".equals(locale.getLanguage()) ? words[1] : words[0];
    }

    /** A report's title. */
    static String title(String report, Locale locale) {
        String t = of("report." + report, locale);
        return t.startsWith("report.") ? report : t;
    }
}
