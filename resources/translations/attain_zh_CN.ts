<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Attain</source>
      <translation>关于 Attain</translation>
    </message>
    <message>
      <source>Sales-target management: SMART targets, decomposition, KPIs, forecasts and reviews.</source>
      <translation>销售目标管理：SMART 目标、目标分解、KPI、预测与复盘。</translation>
    </message>
    <message>
      <source>Licensed under the GNU General Public License, version 3 or later.</source>
      <translation>依据 GNU 通用公共许可证第 3 版或更高版本授权。</translation>
    </message>
    <message>
      <source>Database:</source>
      <translation>数据库：</translation>
    </message>
    <message>
      <source>Log file:</source>
      <translation>日志文件：</translation>
    </message>
  </context>
  <context>
    <name>AchievablePage</name>
    <message>
      <source>Achievable</source>
      <translation>可实现（Achievable）</translation>
    </message>
    <message>
      <source>Is the number ambitious but reachable, judged against your own history?</source>
      <translation>对照您自己的历史，这个数字是否既有挑战又可实现？</translation>
    </message>
    <message>
      <source>Target &amp;value:</source>
      <translation>目标值(&amp;V)：</translation>
    </message>
    <message>
      <source>Same period last year:</source>
      <translation>去年同期：</translation>
    </message>
    <message>
      <source>At the recent run-rate:</source>
      <translation>按近期速度：</translation>
    </message>
    <message>
      <source>Past periods that grew less:</source>
      <translation>增长更低的历史期间：</translation>
    </message>
    <message>
      <source>Chance of reaching it:</source>
      <translation>达成概率：</translation>
    </message>
    <message>
      <source>Forecast:</source>
      <translation>预测：</translation>
    </message>
    <message>
      <source>I &amp;understand and keep this target</source>
      <translation>我已了解，保留此目标(&amp;U)</translation>
    </message>
    <message>
      <source>Why is this target right? (required)</source>
      <translation>为什么这个目标是合理的？（必填）</translation>
    </message>
  </context>
  <context>
    <name>MeasurablePage</name>
    <message>
      <source>Measurable</source>
      <translation>可衡量（Measurable）</translation>
    </message>
    <message>
      <source>How progress is counted, and where it stands today.</source>
      <translation>如何计算进度，以及目前的情况。</translation>
    </message>
    <message>
      <source>Computed as:</source>
      <translation>计算方式：</translation>
    </message>
    <message>
      <source>For:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <source>So far:</source>
      <translation>目前：</translation>
    </message>
    <message>
      <source>Same period last year:</source>
      <translation>去年同期：</translation>
    </message>
    <message>
      <source>Change:</source>
      <translation>变化：</translation>
    </message>
  </context>
  <context>
    <name>RelevantPage</name>
    <message>
      <source>Relevant</source>
      <translation>相关（Relevant）</translation>
    </message>
    <message>
      <source>Which bigger goal does this target serve?</source>
      <translation>这个目标服务于哪个更大的目标？</translation>
    </message>
    <message>
      <source>&amp;Contributes to:</source>
      <translation>服务于(&amp;C)：</translation>
    </message>
    <message>
      <source>Parent target:</source>
      <translation>上级目标：</translation>
    </message>
    <message>
      <source>Share of the parent:</source>
      <translation>占上级目标：</translation>
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Revise Target</source>
      <translation>调整目标</translation>
    </message>
    <message>
      <source>Current value:</source>
      <translation>当前值：</translation>
    </message>
    <message>
      <source>&amp;New value:</source>
      <translation>新目标值(&amp;N)：</translation>
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation>原因(&amp;R)：</translation>
    </message>
    <message>
      <source>&amp;Explanation:</source>
      <translation>说明(&amp;E)：</translation>
    </message>
    <message>
      <source>What changed, and why the new value is right</source>
      <translation>发生了什么变化，为什么新目标值是合理的</translation>
    </message>
    <message>
      <source>&amp;Approve directly (as manager)</source>
      <translation>直接批准（经理）(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>SpecificPage</name>
    <message>
      <source>Specific</source>
      <translation>明确（Specific）</translation>
    </message>
    <message>
      <source>What exactly should be reached, and by whom?</source>
      <translation>要达成什么，由谁负责？</translation>
    </message>
    <message>
      <source>&amp;Measure:</source>
      <translation>衡量指标(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>范围(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Who:</source>
      <translation>对象(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation>标题(&amp;T)：</translation>
    </message>
    <message>
      <source>The title follows your choices until you edit it.</source>
      <translation>在您修改之前，标题会随您的选择自动生成。</translation>
    </message>
  </context>
  <context>
    <name>TargetDetailDialog</name>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <source>Metric:</source>
      <translation>指标：</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <source>Owner:</source>
      <translation>负责人：</translation>
    </message>
    <message>
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <source>As of:</source>
      <translation>截至：</translation>
    </message>
    <message>
      <source>Decomposition:</source>
      <translation>分解：</translation>
    </message>
    <message>
      <source>&amp;Parent:</source>
      <translation>上级目标(&amp;P)：</translation>
    </message>
    <message>
      <source>Open the target this one is part of</source>
      <translation>打开本目标所属的上级目标</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>数据</translation>
    </message>
    <message>
      <source>Current target</source>
      <translation>当前目标</translation>
    </message>
    <message>
      <source>Original target</source>
      <translation>原始目标</translation>
    </message>
    <message>
      <source>Value:</source>
      <translation>目标值：</translation>
    </message>
    <message>
      <source>Attainment:</source>
      <translation>达成率：</translation>
    </message>
    <message>
      <source>Actual to date:</source>
      <translation>截至目前实际：</translation>
    </message>
    <message>
      <source>Expected by now:</source>
      <translation>目前应完成：</translation>
    </message>
    <message>
      <source>Gap:</source>
      <translation>差额：</translation>
    </message>
    <message>
      <source>Pace:</source>
      <translation>进度：</translation>
    </message>
    <message>
      <source>Projected:</source>
      <translation>预测：</translation>
    </message>
    <message>
      <source>Progress:</source>
      <translation>完成进度：</translation>
    </message>
    <message>
      <source>Progress toward the current target</source>
      <translation>当前目标的完成进度</translation>
    </message>
    <message>
      <source>&amp;Breakdown</source>
      <translation>分解明细(&amp;B)</translation>
    </message>
    <message>
      <source>Double-click a target or press Enter to open it.</source>
      <translation>双击目标或按回车键即可打开。</translation>
    </message>
    <message>
      <source>Re&amp;visions</source>
      <translation>调整记录(&amp;V)</translation>
    </message>
    <message>
      <source>The value has never been revised.</source>
      <translation>目标值从未调整过。</translation>
    </message>
    <message>
      <source>&amp;Revise…</source>
      <translation>调整(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Decompose…</source>
      <translation>分解(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;History…</source>
      <translation>历史(&amp;H)…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>导出 CSV(&amp;E)…</translation>
    </message>
  </context>
  <context>
    <name>TimeBoundPage</name>
    <message>
      <source>Time-bound</source>
      <translation>有时限（Time-bound）</translation>
    </message>
    <message>
      <source>By when, and how often progress is reviewed.</source>
      <translation>截止时间，以及多久复盘一次进度。</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期间(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
      <source>&amp;Which:</source>
      <translation>哪一个(&amp;W)：</translation>
    </message>
    <message>
      <source>Fro&amp;m:</source>
      <translation>从(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;To:</source>
      <translation>到(&amp;T)：</translation>
    </message>
    <message>
      <source>Runs:</source>
      <translation>时间：</translation>
    </message>
    <message>
      <source>&amp;Review:</source>
      <translation>复盘(&amp;R)：</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::Backup</name>
    <message>
      <source>Cannot move %1 into place at %2: %3</source>
      <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
    <message>
      <source>%1 already exists; choose another file name.</source>
      <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
      <source>The backup %1 does not exist.</source>
      <translation>备份 %1 不存在。</translation>
    </message>
    <message>
      <source>Cannot copy %1 to %2.</source>
      <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
      <source>%1 cannot be restored: %2</source>
      <translation>无法恢复 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::Database</name>
    <message>
      <source>The file %1 does not exist.</source>
      <translation>文件 %1 不存在。</translation>
    </message>
    <message>
      <source>%1 is not a file.</source>
      <translation>%1 不是文件。</translation>
    </message>
    <message>
      <source>%1 is not an Attain database. It was not changed.</source>
      <translation>%1 不是 Attain 数据库，文件未作任何更改。</translation>
    </message>
    <message>
      <source>Cannot open %1: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <source>%1 is damaged or not a database (%2). It was not changed.</source>
      <translation>%1 已损坏或不是数据库（%2），文件未作任何更改。</translation>
    </message>
    <message>
      <source>%1 is an SQLite database, but not an Attain database. It was not changed.</source>
      <translation>%1 是 SQLite 数据库，但不是 Attain 数据库，文件未作任何更改。</translation>
    </message>
    <message>
      <source>%1 was written by a newer version of Attain (schema %2; this version reads up to %3). Please update Attain. The file was not changed.</source>
      <translation>%1 由更新版本的 Attain 写入（结构版本 %2；本版本最高支持 %3）。请升级 Attain。文件未作任何更改。</translation>
    </message>
    <message>
      <source>Cannot upgrade %1: the safety copy %2 could not be written (%3). The file was not changed.</source>
      <translation>无法升级 %1：无法写入安全副本 %2（%3）。文件未作任何更改。</translation>
    </message>
    <message>
      <source>Cannot upgrade %1 to the current format: %2</source>
      <translation>无法将 %1 升级到当前格式：%2</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::DemoDatabase</name>
    <message>
      <source>Cannot move the new database into place at %1: %2</source>
      <translation>无法将新数据库移动到 %1：%2</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::DemoReviews</name>
    <message>
      <source>Pipeline coverage for December is thin; two large proposals are waiting for the customer's budget.</source>
      <translation>12 月的销售管道覆盖不足；两个大额方案在等客户的预算。</translation>
    </message>
    <message>
      <source>Every rep calls back their stalled proposals before Friday.</source>
      <translation>每位销售在周五前回访自己停滞的方案。</translation>
    </message>
    <message>
      <source>Call back the three stalled proposals</source>
      <translation>回访三个停滞的方案</translation>
    </message>
    <message>
      <source>Update the December forecast in the pipeline</source>
      <translation>更新销售管道中的 12 月预测</translation>
    </message>
    <message>
      <source>Book demos with two key accounts</source>
      <translation>与两个重点客户约定演示</translation>
    </message>
    <message>
      <source>Two proposals moved to negotiation; one key account postponed its demo.</source>
      <translation>两个方案进入谈判阶段；一个重点客户推迟了演示。</translation>
    </message>
    <message>
      <source>Prepare the year-end push before the next review.</source>
      <translation>在下次复盘前准备好年底冲刺计划。</translation>
    </message>
    <message>
      <source>Draft the year-end push plan</source>
      <translation>起草年底冲刺计划</translation>
    </message>
    <message>
      <source>Strong month on new customers; visits are below the team's average.</source>
      <translation>本月新客户表现突出；拜访次数低于团队平均。</translation>
    </message>
    <message>
      <source>Two customer visits a week until the end of the year.</source>
      <translation>年底前每周拜访两位客户。</translation>
    </message>
    <message>
      <source>Plan two customer visits a week</source>
      <translation>安排每周两次客户拜访</translation>
    </message>
    <message>
      <source>Share the renewal checklist with the team</source>
      <translation>与团队分享续约检查清单</translation>
    </message>
    <message>
      <source>Revenue is behind the yearly pace in two regions; the online channel grows fastest.</source>
      <translation>两个区域的销售额落后于全年进度；线上渠道增长最快。</translation>
    </message>
    <message>
      <source>Move one presales engineer to the team furthest behind for the rest of the quarter.</source>
      <translation>本季度剩余时间调一名售前工程师支援最落后的团队。</translation>
    </message>
    <message>
      <source>Review discount exceptions above 15%</source>
      <translation>审查超过 15% 的折扣例外</translation>
    </message>
  </context>
  <context>
    <name>attain::storage::ReviewTemplates</name>
    <message>
      <source>Weekly team review</source>
      <translation>每周团队复盘</translation>
    </message>
    <message>
      <source>Pipeline and forecast</source>
      <translation>销售管道与预测</translation>
    </message>
    <message>
      <source>Targets at risk</source>
      <translation>风险预警</translation>
    </message>
    <message>
      <source>Last week's action items</source>
      <translation>上周行动项</translation>
    </message>
    <message>
      <source>Next week's focus</source>
      <translation>下周重点</translation>
    </message>
    <message>
      <source>Monthly business review</source>
      <translation>月度经营复盘</translation>
    </message>
    <message>
      <source>Results against targets</source>
      <translation>业绩与目标对比</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>风险</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>决策</translation>
    </message>
    <message>
      <source>Adjustments</source>
      <translation>调整</translation>
    </message>
    <message>
      <source>One-on-one</source>
      <translation>一对一沟通</translation>
    </message>
    <message>
      <source>Own targets and pace</source>
      <translation>个人目标与进度</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>销售活动</translation>
    </message>
    <message>
      <source>Blockers</source>
      <translation>障碍</translation>
    </message>
    <message>
      <source>Coaching</source>
      <translation>辅导</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>行动项</translation>
    </message>
    <message>
      <source>%1 — %2 — %3</source>
      <translation>%1 — %2 — %3</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AboutDialog</name>
    <message>
      <source>&lt;h2&gt;Attain %1&lt;/h2&gt;</source>
      <translation>&lt;h2&gt;Attain %1&lt;/h2&gt;</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AchievabilityChart</name>
    <message>
      <source>10,000 yuan</source>
      <translation>万元</translation>
    </message>
    <message>
      <source>million yuan</source>
      <translation>百万元</translation>
    </message>
    <message>
      <source>10,000 %1</source>
      <translation>万%1</translation>
    </message>
    <message>
      <source>million %1</source>
      <translation>百万 %1</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>80% range</source>
      <translation>80% 区间</translation>
    </message>
    <message>
      <source>95% range</source>
      <translation>95% 区间</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>%1 per month</source>
      <translation>%1/月</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AchievablePage</name>
    <message>
      <source>under 1%</source>
      <translation>不到 1%</translation>
    </message>
    <message>
      <source>over 99%</source>
      <translation>超过 99%</translation>
    </message>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>e.g. 12,000,000 or 1200万</source>
      <translation>例如 12,000,000 或 1200万</translation>
    </message>
    <message>
      <source>Enter a value to see how it compares with your history.</source>
      <translation>输入目标值，查看与历史的对比。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not judged&lt;/b&gt;: the check looks for growth, and here lower is better.</source>
      <translation>&lt;b&gt;不评估&lt;/b&gt;：该检查衡量增长，而此指标越低越好。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not judged&lt;/b&gt;: no complete month of history before the period starts.</source>
      <translation>&lt;b&gt;不评估&lt;/b&gt;：期间开始前没有完整月份的历史。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1: the target asks for %2</source>
      <comment>base value, growth</comment>
      <translation>%1：目标要求 %2</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n comparable period(s)</source>
      <translation>
        <numerusform>%n 个可比期间中的 %1</numerusform>
      </translation>
    </message>
    <message>
      <source>%1, 80% range %2 – %3</source>
      <comment>forecast median, low, high</comment>
      <translation>%1，80% 区间 %2 – %3</translation>
    </message>
    <message numerus="yes">
      <source>History ends with %1; the %n month(s) until the target starts are assumed to repeat the year before.</source>
      <translation>
        <numerusform>历史截至 %1；到目标开始前的 %n 个月假定与上年相同。</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 does not add up over months, so the target is compared with single months.</source>
      <translation>%1 不能按月累加，因此目标与单月比较。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;Too low&lt;/b&gt;: asks for no real growth, or less than almost every past period achieved.</source>
      <translation>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;过低&lt;/b&gt;：几乎不要求增长，或低于几乎所有历史期间的增长。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;Comfortable&lt;/b&gt;: at or below the growth of a typical past period.</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;轻松&lt;/b&gt;：不高于典型历史期间的增长。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;Stretch&lt;/b&gt;: above a typical past period, but the better ones reached it.</source>
      <translation>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;有挑战&lt;/b&gt;：高于典型历史期间，但较好的期间曾达到。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;Unrealistic&lt;/b&gt;: above what nearly every past period achieved.</source>
      <translation>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;不现实&lt;/b&gt;：高于几乎所有历史期间的水平。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Not enough history&lt;/b&gt; to judge: too few comparable past periods.</source>
      <translation>&lt;b&gt;历史不足&lt;/b&gt;，无法评估：可比的历史期间太少。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;Too low&lt;/b&gt;: the forecast makes it near-certain (a chance of %1).</source>
      <translation>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;过低&lt;/b&gt;：预测显示几乎必然达成（达成概率 %1）。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;Comfortable&lt;/b&gt;: the forecast gives it a chance of %1.</source>
      <translation>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;轻松&lt;/b&gt;：按预测，达成概率 %1。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;Stretch&lt;/b&gt;: the forecast gives it a chance of %1, less than even.</source>
      <translation>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;有挑战&lt;/b&gt;：按预测，达成概率 %1，不到一半。</translation>
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;Unrealistic&lt;/b&gt;: the forecast gives it a chance of %1.</source>
      <translation>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;不现实&lt;/b&gt;：按预测，达成概率 %1。</translation>
    </message>
    <message>
      <source>By past growth alone it would be too low.</source>
      <translation>仅按历史增长判断则为过低。</translation>
    </message>
    <message>
      <source>By past growth alone it would be comfortable: a typical past period grew %1.</source>
      <translation>仅按历史增长判断则为轻松：典型历史期间增长了 %1。</translation>
    </message>
    <message>
      <source>By past growth alone it would be a stretch.</source>
      <translation>仅按历史增长判断则为有挑战。</translation>
    </message>
    <message>
      <source>By past growth alone it would be unrealistic.</source>
      <translation>仅按历史增长判断则为不现实。</translation>
    </message>
    <message>
      <source>There are too few comparable past periods to judge it by past growth.</source>
      <translation>可比的历史期间太少，无法按历史增长判断。</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <comment>the verdict, then what past growth alone says</comment>
      <translation>%1%2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActionItemDelegate</name>
    <message>
      <source>(nobody)</source>
      <translation>（无人）</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActionItemsModel</name>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1
Linked target: %2</source>
      <translation>%1
关联目标：%2</translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>行动项</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>From review</source>
      <translation>来自复盘</translation>
    </message>
    <message>
      <source>Linked target</source>
      <translation>关联目标</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivitiesModel</name>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分钟数</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>记录</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivitiesPage</name>
    <message>
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Log an activity</source>
      <translation>记录活动</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Could not load the activities: %1</source>
      <translation>无法加载活动：%1</translation>
    </message>
    <message>
      <source>No activities match these filters.</source>
      <translation>没有符合筛选条件的活动。</translation>
    </message>
    <message numerus="yes">
      <source>%n activities, %1 minutes</source>
      <translation>
        <numerusform>%n 条活动，共 %1 分钟</numerusform>
      </translation>
    </message>
    <message>
      <source>Log Activity</source>
      <translation>记录活动</translation>
    </message>
    <message>
      <source>&amp;Log</source>
      <translation>记录(&amp;L)</translation>
    </message>
    <message>
      <source>Edit Activity</source>
      <translation>编辑活动</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>%1 with %2 on %3</source>
      <translation>%3 与%2的%1</translation>
    </message>
    <message>
      <source>no customer</source>
      <translation>无客户</translation>
    </message>
    <message>
      <source>Delete Activity</source>
      <translation>删除活动</translation>
    </message>
    <message>
      <source>Delete the activity “%1”?</source>
      <translation>删除活动“%1”吗？</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityCommands</name>
    <message>
      <source>%1 with %2</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Add %1</source>
      <translation>添加%1</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>编辑%1</translation>
    </message>
    <message>
      <source>Delete %1</source>
      <translation>删除%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityEntryForm</name>
    <message>
      <source>Re&amp;p:</source>
      <translation>销售代表(&amp;P)：</translation>
    </message>
    <message>
      <source>Keys 1–5 or the first letter choose the type.</source>
      <translation>按数字键 1–5（或英文首字母）选择类型。</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source>Not recorded</source>
      <translation>未记录</translation>
    </message>
    <message>
      <source>What happened, next step</source>
      <translation>发生了什么，下一步</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation>类型(&amp;T)：</translation>
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation>时长(&amp;U)：</translation>
    </message>
    <message>
      <source>%1′</source>
      <translation>%1′</translation>
    </message>
    <message>
      <source>%1 minutes</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <source>&amp;Customer:</source>
      <translation>客户(&amp;C)：</translation>
    </message>
    <message>
      <source>D&amp;eal:</source>
      <translation>商机(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation>结果(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <source>Choose the rep who did the activity.</source>
      <translation>请选择进行此活动的销售代表。</translation>
    </message>
    <message>
      <source>No customer is named “%1”; pick one from the list.</source>
      <translation>没有名为“%1”的客户，请从列表中选择。</translation>
    </message>
    <message>
      <source>No deal</source>
      <translation>无商机</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityFilterBar</name>
    <message>
      <source>&amp;Rep:</source>
      <translation>销售代表(&amp;R)：</translation>
    </message>
    <message>
      <source>All reps</source>
      <translation>全部销售代表</translation>
    </message>
    <message>
      <source>All types</source>
      <translation>全部类型</translation>
    </message>
    <message>
      <source>Search notes and customers</source>
      <translation>搜索备注和客户</translation>
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
      <source>&amp;From:</source>
      <translation>从(&amp;F)：</translation>
    </message>
    <message>
      <source>To:</source>
      <translation>至：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityScatterWidget</name>
    <message>
      <source>No activities or revenue to show.</source>
      <translation>没有可显示的活动或销售额。</translation>
    </message>
    <message>
      <source>Activities against revenue by rep</source>
      <translation>各销售代表的活动量与销售额</translation>
    </message>
    <message>
      <source>The arrow keys step from rep to rep; Enter opens the selected rep.</source>
      <translation>方向键逐个切换销售代表；回车打开所选代表。</translation>
    </message>
    <message>
      <source>Revenue (10,000 yuan)</source>
      <translation>销售额（万元）</translation>
    </message>
    <message>
      <source>Revenue (10,000 %1)</source>
      <translation>收入（万%1）</translation>
    </message>
    <message>
      <source>Revenue (million yuan)</source>
      <translation>销售额（百万元）</translation>
    </message>
    <message>
      <source>Revenue (million %1)</source>
      <translation>销售额（百万 %1）</translation>
    </message>
    <message>
      <source>Revenue (thousand yuan)</source>
      <translation>销售额（千元）</translation>
    </message>
    <message>
      <source>Revenue (thousand %1)</source>
      <translation>销售额（千 %1）</translation>
    </message>
    <message>
      <source>Reps</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Selected</source>
      <translation>已选</translation>
    </message>
    <message>
      <source>Activities logged (count)</source>
      <translation>已记录活动（次）</translation>
    </message>
    <message>
      <source>Average: %1 per activity</source>
      <translation>平均：每次活动 %1</translation>
    </message>
    <message>
      <source>No rep logged an activity in this period.</source>
      <translation>本期间没有销售代表记录活动。</translation>
    </message>
    <message>
      <source>Revenue per activity: %1, %2 (the only rep with activities).</source>
      <translation>每次活动销售额：%1，%2（唯一有活动记录的代表）。</translation>
    </message>
    <message>
      <source>Most revenue per activity: %1 (%2); least: %3 (%4).</source>
      <translation>每次活动销售额最高：%1（%2）；最低：%3（%4）。</translation>
    </message>
    <message>
      <source>%1
Activities: %2
Revenue: %3
Deals won: %4</source>
      <translation>%1
活动：%2
销售额：%3
成交：%4</translation>
    </message>
    <message>
      <source>Revenue per activity: %1</source>
      <translation>每次活动销售额：%1</translation>
    </message>
    <message>
      <source>Click a point, or use the arrow keys and Enter on the chart, to open a rep.</source>
      <translation>点击数据点，或在图表上用方向键和回车，打开销售代表。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityText</name>
    <message>
      <source>Positive</source>
      <translation>积极</translation>
    </message>
    <message>
      <source>Neutral</source>
      <translation>中性</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>消极</translation>
    </message>
    <message>
      <source>Prospecting</source>
      <translation>线索</translation>
    </message>
    <message>
      <source>Qualification</source>
      <translation>需求确认</translation>
    </message>
    <message>
      <source>Proposal</source>
      <translation>方案报价</translation>
    </message>
    <message>
      <source>Negotiation</source>
      <translation>谈判</translation>
    </message>
    <message>
      <source>Won</source>
      <translation>赢单</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>输单</translation>
    </message>
    <message>
      <source>%1 · %2 · closed %3</source>
      <translation>%1 · %2 · %3 结束</translation>
    </message>
    <message>
      <source>%1 · %2 · expected %3</source>
      <translation>%1 · %2 · 预计 %3</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityType</name>
    <message>
      <source>Call</source>
      <translation>电话</translation>
    </message>
    <message>
      <source>Visit</source>
      <translation>拜访</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>演示</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>邮件</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::AddActionItemCommand</name>
    <message>
      <source>Delete action item</source>
      <translation>删除行动项</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>添加行动项</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::BreakdownChart</name>
    <message>
      <source>Breakdown</source>
      <translation>分解明细</translation>
    </message>
    <message>
      <source>Click a bar, or choose one with the arrow keys and press Enter, to drill into it.</source>
      <translation>点击柱形，或用方向键选中后按回车，即可下钻。</translation>
    </message>
    <message>
      <source>%1 (top %2 of %3)</source>
      <translation>%1（%3 个中的前 %2 个）</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Attainment of revenue target (%)</source>
      <translation>销售额目标达成率（%）</translation>
    </message>
    <message>
      <source>Revenue (%1)</source>
      <translation>销售额（%1）</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>无目标</translation>
    </message>
    <message>
      <source>target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>expected by now %1</source>
      <translation>截至目前应完成 %1</translation>
    </message>
    <message>
      <source>Revenue: %1</source>
      <translation>销售额：%1</translation>
    </message>
    <message>
      <source>Previous period, same days: %1</source>
      <translation>上期同样天数：%1</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目标：%1</translation>
    </message>
    <message>
      <source>Attainment: %1</source>
      <translation>达成率：%1</translation>
    </message>
    <message>
      <source>No revenue target of its own for this period.</source>
      <translation>本期间没有单独的销售额目标。</translation>
    </message>
    <message>
      <source>Deals won: %1</source>
      <translation>成交数：%1</translation>
    </message>
    <message>
      <source>Conversion rate: %1</source>
      <translation>转化率：%1</translation>
    </message>
    <message>
      <source>Click or press Enter to drill down.</source>
      <translation>点击或按回车下钻。</translation>
    </message>
    <message>
      <source>Attainment by team</source>
      <translation>各团队达成率</translation>
    </message>
    <message>
      <source>Revenue by team</source>
      <translation>各团队销售额</translation>
    </message>
    <message>
      <source>Attainment by rep</source>
      <translation>各销售代表达成率</translation>
    </message>
    <message>
      <source>Revenue by rep</source>
      <translation>各销售代表销售额</translation>
    </message>
    <message>
      <source>Attainment by channel</source>
      <translation>各渠道达成率</translation>
    </message>
    <message>
      <source>Revenue by channel</source>
      <translation>各渠道销售额</translation>
    </message>
    <message>
      <source>Attainment by product line</source>
      <translation>各产品线达成率</translation>
    </message>
    <message>
      <source>Revenue by product line</source>
      <translation>各产品线销售额</translation>
    </message>
    <message>
      <source>Attainment by region</source>
      <translation>各区域达成率</translation>
    </message>
    <message>
      <source>Revenue by region</source>
      <translation>各区域销售额</translation>
    </message>
    <message>
      <source>(not assigned)</source>
      <translation>（未分配）</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>产品线</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>区域</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::CsatSummaryWidget</name>
    <message>
      <source>Customer satisfaction (CSAT)</source>
      <translation>客户满意度（CSAT）</translation>
    </message>
    <message>
      <source>Open complaints</source>
      <translation>未结投诉</translation>
    </message>
    <message>
      <source>Mean time to resolve</source>
      <translation>平均解决用时</translation>
    </message>
    <message>
      <source>%1 / 5</source>
      <translation>%1 / 5</translation>
    </message>
    <message>
      <source>Responses: %1</source>
      <translation>反馈数：%1</translation>
    </message>
    <message>
      <source>No feedback in this period</source>
      <translation>本期间没有反馈</translation>
    </message>
    <message>
      <source>Complaints received: %1</source>
      <translation>收到投诉：%1</translation>
    </message>
    <message>
      <source>Resolved complaints: %1</source>
      <translation>已解决投诉：%1</translation>
    </message>
    <message>
      <source>No complaint resolved with a date yet</source>
      <translation>尚无注明日期的已解决投诉</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::CsatTableModel</name>
    <message>
      <source>No rep</source>
      <translation>无销售代表</translation>
    </message>
    <message>
      <source>Mean score %1 of 5: %2 points from %3 responses</source>
      <translation>平均分 %1（满分 5）：%3 条反馈共 %2 分</translation>
    </message>
    <message>
      <source>Open complaints: not resolved yet (open or in progress)</source>
      <translation>未结投诉：尚未解决（待处理或处理中）</translation>
    </message>
    <message>
      <source>CSAT</source>
      <translation>客户满意度</translation>
    </message>
    <message>
      <source>Responses</source>
      <translation>反馈数</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::CustomerComboBox</name>
    <message>
      <source>Type part of the name</source>
      <translation>输入客户名称的一部分</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DashboardPage</name>
    <message>
      <source>Break down &amp;by:</source>
      <translation>分解维度(&amp;B)：</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>返回</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表盘</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>起始日</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>截止日</translation>
    </message>
    <message>
      <source>Fro&amp;m:</source>
      <translation>从(&amp;M)：</translation>
    </message>
    <message>
      <source>T&amp;o:</source>
      <translation>至(&amp;O)：</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>产品线</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期间(&amp;P)：</translation>
    </message>
    <message>
      <source>T&amp;eam:</source>
      <translation>团队(&amp;E)：</translation>
    </message>
    <message>
      <source>&amp;Rep:</source>
      <translation>销售代表(&amp;R)：</translation>
    </message>
    <message>
      <source>Pro&amp;duct line:</source>
      <translation>产品线(&amp;D)：</translation>
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
      <source>Reg&amp;ion:</source>
      <translation>区域(&amp;I)：</translation>
    </message>
    <message>
      <source>Scope:</source>
      <translation>范围：</translation>
    </message>
    <message>
      <source>Break down by</source>
      <translation>分解维度</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>This fiscal quarter</source>
      <translation>本财季</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <source>This fiscal year</source>
      <translation>本财年</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <source>Last fiscal quarter</source>
      <translation>上财季</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>上季度</translation>
    </message>
    <message>
      <source>Last fiscal year</source>
      <translation>上财年</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>去年</translation>
    </message>
    <message>
      <source>Custom range</source>
      <translation>自定义区间</translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation>截止日早于起始日。</translation>
    </message>
    <message>
      <source>%1 (%2 – %3)</source>
      <comment>period, first day, last day</comment>
      <translation>%1（%2 – %3）</translation>
    </message>
    <message>
      <source>All teams</source>
      <translation>全部团队</translation>
    </message>
    <message>
      <source>All reps</source>
      <translation>全部销售代表</translation>
    </message>
    <message>
      <source>All channels</source>
      <translation>全部渠道</translation>
    </message>
    <message>
      <source>All product lines</source>
      <translation>全部产品线</translation>
    </message>
    <message>
      <source>All regions</source>
      <translation>全部区域</translation>
    </message>
    <message>
      <source>%1 (default)</source>
      <translation>%1（默认）</translation>
    </message>
    <message>
      <source>Nothing left</source>
      <translation>无可分解维度</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Could not load the dashboard: %1</source>
      <translation>无法加载仪表盘：%1</translation>
    </message>
    <message>
      <source>Every dimension is chosen: nothing left to break down.</source>
      <translation>所有维度都已选定：没有可再分解的维度。</translation>
    </message>
    <message numerus="yes">
      <source>Figures to date: %n day(s) of the period, compared with the same days of the previous period (%1 – %2).</source>
      <translation>
        <numerusform>截至今日的数据：本期已过 %n 天，与上期同样天数（%1 – %2）对比。</numerusform>
      </translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation>期间尚未开始。</translation>
    </message>
    <message numerus="yes">
      <source>%n month(s) of amounts in other currencies have no exchange rate and are left out.</source>
      <translation>
        <numerusform>有 %n 个月的外币金额没有汇率，未计入。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n market figure(s) in another currency are left out of the market share.</source>
      <translation>
        <numerusform>有 %n 条其他币种的市场数据未计入市场份额。</numerusform>
      </translation>
    </message>
    <message>
      <source>Some records changed since the dashboard's figures were last brought up to date; reopen the file to refresh them.</source>
      <translation>自仪表盘数据上次更新以来有记录变动；请重新打开文件以刷新。</translation>
    </message>
    <message>
      <source>&amp;Leaderboard</source>
      <translation>排行榜(&amp;L)</translation>
    </message>
    <message>
      <source>Ris&amp;ks</source>
      <translation>风险预警(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Activity vs results</source>
      <translation>活动与业绩(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DashboardTileText</name>
    <message>
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Gap to target</source>
      <translation>目标差额</translation>
    </message>
    <message>
      <source>CSAT</source>
      <translation>客户满意度</translation>
    </message>
    <message>
      <source>Revenue to date as a share of the period's revenue target.</source>
      <translation>截至今日的销售额占本期销售额目标的比例。</translation>
    </message>
    <message>
      <source>Revenue to date as a share of what the target expects by now (by working days); 100% means on schedule.</source>
      <translation>截至今日的销售额占按工作日计算的应完成额的比例；100% 表示进度正常。</translation>
    </message>
    <message>
      <source>How much revenue is still needed to reach the target; negative once it is exceeded.</source>
      <translation>达成目标还需的销售额；超额完成后为负数。</translation>
    </message>
    <message>
      <source>%1 pp</source>
      <comment>percentage points</comment>
      <translation>%1 个百分点</translation>
    </message>
    <message>
      <source>better</source>
      <translation>更好</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>更差</translation>
    </message>
    <message>
      <source>no change</source>
      <translation>持平</translation>
    </message>
    <message>
      <source>No target</source>
      <translation>无目标</translation>
    </message>
    <message>
      <source>Target %1</source>
      <translation>目标 %1</translation>
    </message>
    <message>
      <source>Expected by now %1</source>
      <translation>截至目前应完成 %1</translation>
    </message>
    <message>
      <source>Needs %1 a working day</source>
      <translation>每个工作日需 %1</translation>
    </message>
    <message>
      <source>Needs %1 a day</source>
      <translation>每天需 %1</translation>
    </message>
    <message>
      <source>No target is set for this metric, scope and period.</source>
      <translation>该指标、范围和期间没有设定目标。</translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation>期间尚未开始。</translation>
    </message>
    <message>
      <source>Nothing was expected by this date yet.</source>
      <translation>截至今日尚无预期进度。</translation>
    </message>
    <message>
      <source>The target is already reached.</source>
      <translation>目标已达成。</translation>
    </message>
    <message>
      <source>No ratio can be computed for this target; it is judged by whether it is met.</source>
      <translation>此目标无法计算比例，按是否达成来判断。</translation>
    </message>
    <message>
      <source>Actual is %1 of what was expected by now.</source>
      <translation>实际为截至目前应完成额的 %1。</translation>
    </message>
    <message>
      <source>The period is over: %1 of the target was reached.</source>
      <translation>期间已结束：达成目标的 %1。</translation>
    </message>
    <message>
      <source>The current value is %1 of the target.</source>
      <translation>当前值为目标的 %1。</translation>
    </message>
    <message>
      <source>%1 needs %2.</source>
      <translation>%1 需要 %2。</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>not defined</source>
      <translation>无定义</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <comment>first day, last day</comment>
      <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
      <source>Previous period (%1, the same %n day(s)): %2</source>
      <translation>
        <numerusform>上期（%1，同样 %n 天）：%2</numerusform>
      </translation>
    </message>
    <message>
      <source>Change: %1</source>
      <translation>变化：%1</translation>
    </message>
    <message>
      <source>(the sum of the targets of its parts)</source>
      <translation>（各组成部分目标之和）</translation>
    </message>
    <message>
      <source>(pro-rated from a target for a longer period)</source>
      <translation>（按更长期间的目标折算）</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目标：%1</translation>
    </message>
    <message>
      <source>Status: %1. %2</source>
      <translation>状态：%1。%2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DatabaseOpener</name>
    <message>
      <source>Opening the database (an older file is brought up to date)…</source>
      <translation>正在打开数据库（较旧的文件会先升级）…</translation>
    </message>
    <message>
      <source>Open Database</source>
      <translation>打开数据库</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealCommands</name>
    <message>
      <source>Add %1 deal with %2</source>
      <translation>新增%2的%1商机</translation>
    </message>
    <message>
      <source>Edit %1 deal with %2</source>
      <translation>编辑%2的%1商机</translation>
    </message>
    <message>
      <source>Delete %1 deal with %2</source>
      <translation>删除%2的%1商机</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealDialog</name>
    <message>
      <source>E&amp;xpected close:</source>
      <translation>预计成交(&amp;X)：</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <source>Price, timing, chose a competitor …</source>
      <translation>价格、时机、选择了竞争对手…</translation>
    </message>
    <message>
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <source>The customer's</source>
      <translation>与客户相同</translation>
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
      <source>&amp;Customer:</source>
      <translation>客户(&amp;C)：</translation>
    </message>
    <message>
      <source>S&amp;tage:</source>
      <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation>金额(&amp;A)：</translation>
    </message>
    <message>
      <source>C&amp;losed on:</source>
      <translation>关闭日期(&amp;L)：</translation>
    </message>
    <message>
      <source>Lost &amp;reason:</source>
      <translation>丢单原因(&amp;R)：</translation>
    </message>
    <message>
      <source>Com&amp;petitor:</source>
      <translation>竞争对手(&amp;P)：</translation>
    </message>
    <message>
      <source>C&amp;hannel:</source>
      <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
      <source>Product l&amp;ine:</source>
      <translation>产品线(&amp;I)：</translation>
    </message>
    <message>
      <source>Re&amp;gion:</source>
      <translation>区域(&amp;G)：</translation>
    </message>
    <message>
      <source>Choose the rep who owns the deal.</source>
      <translation>请选择该商机的负责销售代表。</translation>
    </message>
    <message>
      <source>Choose the deal's customer.</source>
      <translation>请选择该商机的客户。</translation>
    </message>
    <message>
      <source>No customer is named “%1”; pick one from the list.</source>
      <translation>没有名为“%1”的客户，请从列表中选择。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealFilterBar</name>
    <message>
      <source>O&amp;wner:</source>
      <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
      <source>All stages</source>
      <translation>全部阶段</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>Won</source>
      <translation>赢单</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>输单</translation>
    </message>
    <message>
      <source>All reps</source>
      <translation>全部销售代表</translation>
    </message>
    <message>
      <source>Any time</source>
      <translation>不限时间</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>最近 30 天</translation>
    </message>
    <message>
      <source>Last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <source>Deals created or closed in this period</source>
      <translation>在此期间创建或关闭的商机</translation>
    </message>
    <message>
      <source>Search customers, competitors and lost reasons</source>
      <translation>搜索客户、竞争对手和丢单原因</translation>
    </message>
    <message>
      <source>S&amp;tage:</source>
      <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期间(&amp;P)：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealsModel</name>
    <message>
      <source>closed %1</source>
      <translation>%1 已关闭</translation>
    </message>
    <message>
      <source>expected %1</source>
      <translation>预计 %1</translation>
    </message>
    <message>
      <source>Shared with you; only its owner, %1, or a manager can change it.</source>
      <translation>与你共享的商机；只有负责人 %1 或经理可以修改。</translation>
    </message>
    <message>
      <source>Lost: %1</source>
      <translation>丢单原因：%1</translation>
    </message>
    <message>
      <source>Competitor: %1</source>
      <translation>竞争对手：%1</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>创建日期</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭日期</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>产品线</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DealsPage</name>
    <message numerus="yes">
      <source>%n open deals</source>
      <translation>
        <numerusform>%n 个进行中的商机</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open deals worth %1</source>
      <translation>
        <numerusform>%n 个进行中的商机，金额 %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deals, %1 open</source>
      <translation>
        <numerusform>%n 个商机，其中 %1 个进行中</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deals, %1 open worth %2</source>
      <translation>
        <numerusform>%n 个商机，其中 %1 个进行中，金额 %2</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;New Deal…</source>
      <translation>新建商机(&amp;N)…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <source>Mark Won</source>
      <translation>标记赢单</translation>
    </message>
    <message>
      <source>Mark Lost…</source>
      <translation>标记丢单…</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Deals</source>
      <translation>商机</translation>
    </message>
    <message>
      <source>New deal (Ctrl+Shift+D)</source>
      <translation>新建商机（Ctrl+Shift+D）</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Could not load the deals: %1</source>
      <translation>无法加载商机：%1</translation>
    </message>
    <message>
      <source>No deals match these filters.</source>
      <translation>没有符合筛选条件的商机。</translation>
    </message>
    <message>
      <source>None of your deals match these filters.</source>
      <translation>你的商机中没有符合筛选条件的。</translation>
    </message>
    <message>
      <source>This deal is shared with you; only its owner, %1, or a manager can change it.</source>
      <translation>此商机与你共享；只有负责人 %1 或经理可以修改。</translation>
    </message>
    <message>
      <source>New Deal</source>
      <translation>新建商机</translation>
    </message>
    <message>
      <source>Edit Deal</source>
      <translation>编辑商机</translation>
    </message>
    <message>
      <source>The deal with %1 is now %2. Ctrl+Z undoes it.</source>
      <translation>与%1的商机现为“%2”。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
      <source>Mark Lost</source>
      <translation>标记丢单</translation>
    </message>
    <message>
      <source>Why was the deal with %1 lost?</source>
      <translation>与%1的商机为何丢单？</translation>
    </message>
    <message>
      <source>Delete Deal</source>
      <translation>删除商机</translation>
    </message>
    <message>
      <source>Delete the deal with %1?</source>
      <translation>删除与%1的商机？</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionCommands</name>
    <message>
      <source>Equal</source>
      <translation>平均分配</translation>
    </message>
    <message>
      <source>Last year's share</source>
      <translation>按去年占比</translation>
    </message>
    <message>
      <source>Seasonality</source>
      <translation>按季节性</translation>
    </message>
    <message>
      <source>Manual</source>
      <translation>手动</translation>
    </message>
    <message>
      <source>Edit %1, %2</source>
      <translation>编辑 %1，%2</translation>
    </message>
    <message numerus="yes">
      <source>Lock %n cell(s)</source>
      <translation>
        <numerusform>锁定 %n 个单元格</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Unlock %n cell(s)</source>
      <translation>
        <numerusform>解锁 %n 个单元格</numerusform>
      </translation>
    </message>
    <message>
      <source>Split: %1</source>
      <translation>分解：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionDialog</name>
    <message>
      <source>Break Down Target</source>
      <translation>分解目标</translation>
    </message>
    <message>
      <source>Split the company target over:</source>
      <translation>将公司目标分解到：</translation>
    </message>
    <message>
      <source>Only targets that add up (revenue, units, deals, customers, activities) can be split.</source>
      <translation>只有可累加的目标（销售额、销量、成交单数、客户数、活动数）才能分解。</translation>
    </message>
    <message>
      <source>The sales data has problems (for example a missing exchange rate); fix them first.</source>
      <translation>销售数据有问题（例如缺少汇率），请先修正。</translation>
    </message>
    <message>
      <source>Company targets split over teams and team targets over reps; this target's scope has no level below it here.</source>
      <translation>公司目标分解到团队，团队目标分解到销售代表；此目标的范围在这里没有下一级。</translation>
    </message>
    <message>
      <source>There is nobody to split this target over yet.</source>
      <translation>还没有可以分解到的对象。</translation>
    </message>
    <message>
      <source>Teams</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Sales channels</source>
      <translation>销售渠道</translation>
    </message>
    <message>
      <source>Product lines</source>
      <translation>产品线</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>区域</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionEditor</name>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Lock Cells</source>
      <translation>锁定单元格(&amp;L)</translation>
    </message>
    <message numerus="yes">
      <source>Split %1 (%2) into %n child target(s)</source>
      <translation>
        <numerusform>将 %1（%2）分解为 %n 个子目标</numerusform>
      </translation>
    </message>
    <message>
      <source>the target</source>
      <translation>该目标</translation>
    </message>
    <message>
      <source>Lock or unlock the selected cells (Ctrl+L): locked cells keep their values</source>
      <translation>锁定或解锁所选单元格（Ctrl+L）：锁定的单元格保持其值</translation>
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation>方法(&amp;M)：</translation>
    </message>
    <message>
      <source>Split method</source>
      <translation>分解方法</translation>
    </message>
    <message>
      <source>No history was given for these rows and periods</source>
      <translation>这些行和期间没有历史数据</translation>
    </message>
    <message>
      <source>Edit a cell to set it: it is locked and the rest of its row adjusts, so the total stays exact. Ctrl+L locks or unlocks the selected cells. Values in %1.</source>
      <translation>编辑单元格即设定其值：该单元格被锁定，同一行其余单元格自动调整，合计始终精确。Ctrl+L 锁定或解锁所选单元格。单位：%1。</translation>
    </message>
    <message>
      <source>units</source>
      <translation>件</translation>
    </message>
    <message>
      <source>Child targets by row and period</source>
      <translation>按行和期间的子目标</translation>
    </message>
    <message>
      <source>Difference to parent: %1 — reconciled, the children add up to %2.</source>
      <translation>与上级目标的差额：%1 — 已平衡，子目标合计为 %2。</translation>
    </message>
    <message>
      <source>Difference to parent: %1 — not reconciled: the children add up to %2, the parent is %3. Apply a method to reconcile.</source>
      <translation>与上级目标的差额：%1 — 未平衡：子目标合计 %2，上级目标为 %3。请应用一种方法使其平衡。</translation>
    </message>
    <message>
      <source>Every unlocked cell gets the same share.</source>
      <translation>每个未锁定单元格分得相同份额。</translation>
    </message>
    <message>
      <source>Unlocked cells follow last year's values.</source>
      <translation>未锁定单元格按去年的数值分配。</translation>
    </message>
    <message>
      <source>Periods weighted by last year's seasonality; rows share equally.</source>
      <translation>各期间按去年的季节性加权；各行平均分配。</translation>
    </message>
    <message>
      <source>Periods weighted by a seasonality profile (flat without monthly history); rows share equally.</source>
      <translation>各期间按季节性曲线加权（无月度历史时为平均）；各行平均分配。</translation>
    </message>
    <message>
      <source>Values set by hand.</source>
      <translation>手工设定数值。</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>锁定(&amp;L)</translation>
    </message>
    <message>
      <source>Un&amp;lock</source>
      <translation>解锁(&amp;L)</translation>
    </message>
    <message>
      <source>Not changed: %1</source>
      <translation>未更改：%1</translation>
    </message>
    <message>
      <source>Preview by period</source>
      <translation>按期间预览</translation>
    </message>
    <message>
      <source>Stacked bars of the child targets per period</source>
      <translation>各期间子目标的堆叠柱状图</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionModel</name>
    <message>
      <source>Total (read only)</source>
      <translation>合计（只读）</translation>
    </message>
    <message>
      <source>Locked: kept when the grid is re-spread. Ctrl+L unlocks it.</source>
      <translation>已锁定：重新分配时保持不变。Ctrl+L 解锁。</translation>
    </message>
    <message>
      <source>Edit to set this value; the unlocked cells of its row adjust. Ctrl+L locks it.</source>
      <translation>编辑以设定该值；同一行未锁定的单元格自动调整。Ctrl+L 锁定。</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
      <source>“%1” is not a number with at most %n decimal(s).</source>
      <translation>
        <numerusform>“%1”不是最多 %n 位小数的数字。</numerusform>
      </translation>
    </message>
    <message>
      <source>Q%1</source>
      <translation>第%1季度</translation>
    </message>
    <message>
      <source>W%1</source>
      <translation>第%1周</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>No history was given for these rows and periods: choose another method.</source>
      <translation>这些行和期间没有历史数据：请选择其他分解方式。</translation>
    </message>
    <message>
      <source>The locked cells and the value entered add up to %1, more than the %2 they share. Enter a smaller value or unlock a cell (Ctrl+L).</source>
      <translation>锁定的单元格与输入的值合计 %1，超过了可分配的 %2。请输入更小的值，或解锁一个单元格（Ctrl+L）。</translation>
    </message>
    <message>
      <source>Every other cell involved is locked, so nothing can absorb the change. Unlock a cell first (Ctrl+L).</source>
      <translation>其他相关单元格都已锁定，没有单元格能承接这次调整。请先解锁一个单元格（Ctrl+L）。</translation>
    </message>
    <message>
      <source>Last year's values for the unlocked cells are all zero: choose another method.</source>
      <translation>未锁定单元格的去年同期值全为零：请选择其他分解方式。</translation>
    </message>
    <message>
      <source>There is nothing to split into: the decomposition has no rows or periods.</source>
      <translation>没有可分解的对象：该分解既无行也无期间。</translation>
    </message>
    <message>
      <source>This split cannot be made with the values given.</source>
      <translation>按给定的数值无法完成这次分解。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::DemoDatabaseTask</name>
    <message>
      <source>Generating a demo company with %1 reps and %2 years of sales…</source>
      <translation>正在生成演示公司：%1 名销售代表、%2 年销售数据…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>New demo database</source>
      <translation>新建演示数据库</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::EditActionItemCommand</name>
    <message>
      <source>Change action item status</source>
      <translation>更改行动项状态</translation>
    </message>
    <message>
      <source>Edit action item</source>
      <translation>编辑行动项</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackCommand</name>
    <message>
      <source>Record Feedback</source>
      <translation>记录反馈</translation>
    </message>
    <message>
      <source>Edit Feedback</source>
      <translation>编辑反馈</translation>
    </message>
    <message>
      <source>Resolve Complaint</source>
      <translation>处理投诉</translation>
    </message>
    <message>
      <source>Reopen Complaint</source>
      <translation>重新打开投诉</translation>
    </message>
    <message>
      <source>Delete Feedback</source>
      <translation>删除反馈</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackDialog</name>
    <message>
      <source>This is a &amp;complaint</source>
      <translation>这是一条投诉(&amp;C)</translation>
    </message>
    <message>
      <source>Edit Feedback</source>
      <translation>编辑反馈</translation>
    </message>
    <message>
      <source>Record Feedback</source>
      <translation>记录反馈</translation>
    </message>
    <message>
      <source>Type to search customers</source>
      <translation>输入以搜索客户</translation>
    </message>
    <message>
      <source>No rep</source>
      <translation>无销售代表</translation>
    </message>
    <message>
      <source>Choose</source>
      <translation>请选择</translation>
    </message>
    <message>
      <source>Score from 1 to 5</source>
      <translation>评分 1 至 5</translation>
    </message>
    <message>
      <source>What the customer said</source>
      <translation>客户的原话</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <source>&amp;Record</source>
      <translation>记录(&amp;R)</translation>
    </message>
    <message>
      <source>C&amp;ustomer:</source>
      <translation>客户(&amp;U)：</translation>
    </message>
    <message>
      <source>R&amp;ep:</source>
      <translation>销售代表(&amp;E)：</translation>
    </message>
    <message>
      <source>Recei&amp;ved on:</source>
      <translation>收到日期(&amp;V)：</translation>
    </message>
    <message>
      <source>&amp;Score (1–5):</source>
      <translation>评分（1–5）(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <source>Choose the customer.</source>
      <translation>请选择客户。</translation>
    </message>
    <message>
      <source>No customer has this name.</source>
      <translation>没有这个名称的客户。</translation>
    </message>
    <message>
      <source>Type a score from 1 (very unhappy) to 5 (very happy).</source>
      <translation>输入 1（非常不满意）到 5（非常满意）的评分。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackModel</name>
    <message>
      <source>No rep</source>
      <translation>无销售代表</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Score %1 of 5</source>
      <translation>评分 %1（满分 5）</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>处理结果</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackPage</name>
    <message>
      <source>Customer feedback</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>This month</source>
      <translation>本月</translation>
    </message>
    <message>
      <source>This quarter</source>
      <translation>本季度</translation>
    </message>
    <message>
      <source>This year</source>
      <translation>今年</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>上月</translation>
    </message>
    <message>
      <source>Last quarter</source>
      <translation>上季度</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>去年</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <source>All dates</source>
      <translation>全部日期</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期间(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Record &amp;Feedback…</source>
      <translation>记录反馈(&amp;F)…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+F</source>
      <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>By customer</source>
      <translation>按客户</translation>
    </message>
    <message>
      <source>By rep</source>
      <translation>按销售代表</translation>
    </message>
    <message>
      <source>Search customer, rep, notes…</source>
      <translation>搜索客户、销售代表、备注…</translation>
    </message>
    <message>
      <source>&amp;Complaints only</source>
      <translation>仅投诉(&amp;C)</translation>
    </message>
    <message>
      <source>&amp;Open complaints only</source>
      <translation>仅未结投诉(&amp;O)</translation>
    </message>
    <message>
      <source>Show &amp;All</source>
      <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Resolve…</source>
      <translation>处理投诉(&amp;R)…</translation>
    </message>
    <message>
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>Could not load the feedback: %1</source>
      <translation>无法加载反馈：%1</translation>
    </message>
    <message>
      <source>customer %1</source>
      <translation>客户 %1</translation>
    </message>
    <message>
      <source>rep %1</source>
      <translation>销售代表 %1</translation>
    </message>
    <message>
      <source>No feedback received in this period.</source>
      <translation>本期间没有收到反馈。</translation>
    </message>
    <message>
      <source>Showing %1 of %2 feedback records</source>
      <translation>显示 %2 条反馈中的 %1 条</translation>
    </message>
    <message>
      <source>Showing %1 of %2 feedback records: %3</source>
      <translation>显示 %2 条反馈中的 %1 条：%3</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>备注：%1</translation>
    </message>
    <message>
      <source>Resolution (%1): %2</source>
      <translation>处理结果（%1）：%2</translation>
    </message>
    <message>
      <source>Resolution: %1</source>
      <translation>处理结果：%1</translation>
    </message>
    <message>
      <source>Could not save the change: %1</source>
      <translation>无法保存更改：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackText</name>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::KpiTile</name>
    <message>
      <source>no data</source>
      <translation>无数据</translation>
    </message>
    <message>
      <source>no previous figure</source>
      <translation>无上期数据</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <comment>change, better or worse</comment>
      <translation>%1 · %2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::LeaderboardModel</name>
    <message>
      <source>Rank %1, %2 medal</source>
      <translation>第 %1 名，%2</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>New</source>
      <translation>新增</translation>
    </message>
    <message>
      <source>%1 medal: rank %2 by attainment</source>
      <translation>%1：按达成率排名第 %2</translation>
    </message>
    <message>
      <source>No revenue target for this rep and period</source>
      <translation>该代表本期间没有销售额目标</translation>
    </message>
    <message>
      <source>%1 of %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>Previous period over the same number of days: %1
This period: %2</source>
      <translation>上期同样天数：%1
本期：%2</translation>
    </message>
    <message>
      <source>No monthly revenue</source>
      <translation>没有月度销售额</translation>
    </message>
    <message>
      <source>Monthly revenue, oldest first (the last month is to date):
%1</source>
      <translation>月度销售额，由远及近（最后一个月截至今日）：
%1</translation>
    </message>
    <message>
      <source>By attainment of the revenue target; reps without a target follow, by revenue</source>
      <translation>按销售额目标达成率排名；没有目标的代表按销售额排在其后</translation>
    </message>
    <message>
      <source>Revenue against the previous period over the same number of days</source>
      <translation>销售额与上期同样天数相比</translation>
    </message>
    <message>
      <source>Monthly revenue; the last month is to date (dotted)</source>
      <translation>月度销售额；最后一个月截至今日（虚线）</translation>
    </message>
    <message>
      <source>Rank</source>
      <translation>排名</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Revenue</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>变化</translation>
    </message>
    <message>
      <source>Trend</source>
      <translation>趋势</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::LeaderboardWidget</name>
    <message>
      <source>No reps to rank.</source>
      <translation>没有可排名的销售代表。</translation>
    </message>
    <message>
      <source>Leaderboard</source>
      <translation>排行榜</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MainWindow</name>
    <message>
      <source>Break Down Target</source>
      <translation>分解目标</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>仪表盘</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation>概览</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>复盘</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>销售活动</translation>
    </message>
    <message>
      <source>Workload</source>
      <translation>工作量</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <source>Deals</source>
      <translation>商机</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation>页面</translation>
    </message>
    <message>
      <source>This is %1's rep database: it always works as %1.</source>
      <translation>这是 %1 的个人数据库:始终以 %1 的身份工作。</translation>
    </message>
    <message>
      <source>Rep database: %1</source>
      <translation>销售代表数据库:%1</translation>
    </message>
    <message>
      <source>Manager: %1</source>
      <translation>经理：%1</translation>
    </message>
    <message>
      <source>Rep: %1</source>
      <translation>销售代表：%1</translation>
    </message>
    <message>
      <source>Work As</source>
      <translation>使用身份</translation>
    </message>
    <message>
      <source>New Target</source>
      <translation>新建目标</translation>
    </message>
    <message numerus="yes">
      <source>The sales data has %n problem(s) (for example a missing exchange rate); fix them before setting targets.</source>
      <translation>
        <numerusform>销售数据有 %n 个问题（例如缺少汇率），请先修正再设定目标。</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;New Database…</source>
      <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
      <source>New &amp;Demo Database…</source>
      <translation>新建演示数据库(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Log Activity…</source>
      <translation>记录活动(&amp;L)…</translation>
    </message>
    <message>
      <source>Export &amp;Table…</source>
      <translation>导出表格(&amp;T)…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Targets</source>
      <translation>目标(&amp;T)</translation>
    </message>
    <message>
      <source>&amp;New Target…</source>
      <translation>新建目标(&amp;N)…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+T</source>
      <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
      <source>&amp;Work As…</source>
      <translation>使用身份(&amp;W)…</translation>
    </message>
    <message>
      <source>&amp;Reviews</source>
      <translation>复盘(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;New Review…</source>
      <translation>新建复盘(&amp;N)…</translation>
    </message>
    <message>
      <source>Ctrl+Shift+R</source>
      <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>转到(&amp;G)</translation>
    </message>
    <message>
      <source>&amp;Dashboard</source>
      <translation>仪表盘(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation>概览(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Activities</source>
      <translation>活动(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Workload</source>
      <translation>工作量(&amp;W)</translation>
    </message>
    <message>
      <source>&amp;Feedback</source>
      <translation>客户反馈(&amp;F)</translation>
    </message>
    <message>
      <source>D&amp;eals</source>
      <translation>商机(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>&amp;About Attain</source>
      <translation>关于 Attain(&amp;A)</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>打开数据库</translation>
    </message>
    <message>
      <source>New database</source>
      <translation>新建数据库</translation>
    </message>
    <message>
      <source>%1 already exists. Choose a new file name, or open it with File ▸ Open.</source>
      <translation>%1 已存在。请换一个文件名，或通过“文件 ▸ 打开”打开它。</translation>
    </message>
    <message>
      <source>New demo database</source>
      <translation>新建演示数据库</translation>
    </message>
    <message>
      <source>That database is open; choose another file.</source>
      <translation>该数据库已打开，请选择其他文件。</translation>
    </message>
    <message>
      <source>&amp;Clear List</source>
      <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
      <source>Attain</source>
      <translation>Attain</translation>
    </message>
    <message>
      <source>No database open</source>
      <translation>未打开数据库</translation>
    </message>
    <message>
      <source>%1 — Attain</source>
      <translation>%1 — Attain</translation>
    </message>
    <message>
      <source>Local file: %1</source>
      <translation>本地文件：%1</translation>
    </message>
    <message>
      <source>Attain databases (*.attain);;All files (*)</source>
      <translation>Attain 数据库 (*.attain);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MeasurablePage</name>
    <message>
      <source>%1, %2</source>
      <comment>scope, period</comment>
      <translation>%1，%2</translation>
    </message>
    <message>
      <source>no value (nothing to count)</source>
      <translation>无数值（无可统计的数据）</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>value (date range)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Not started: the period begins on %1.</source>
      <translation>未开始：期间从 %1 开始。</translation>
    </message>
    <message>
      <source>No comparable period a year earlier.</source>
      <translation>一年前没有可比期间。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1 points</source>
      <comment>change of a percentage</comment>
      <translation>%1 分</translation>
    </message>
    <message>
      <source>Shown once the period has started.</source>
      <translation>期间开始后显示。</translation>
    </message>
    <message>
      <source>As of %1. The period is chosen on the Time-bound page.</source>
      <translation>截至 %1。期间在“有时限”页面选择。</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <comment>first day, last day</comment>
      <translation>%1 至 %2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MergeConflictDialog</name>
    <message numerus="yes">
      <source>&amp;Apply to all remaining conflicts (%n more)</source>
      <translation>
        <numerusform>全部剩余冲突都这样处理(&amp;A)(还有 %n 个)</numerusform>
      </translation>
    </message>
    <message>
      <source>Conflicting Edits</source>
      <translation>编辑冲突</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1 of %2 (%3)&lt;/b&gt; was changed both in this database and by %4.</source>
      <translation>&lt;b&gt;%2 的%1(%3)&lt;/b&gt;在本数据库和 %4 处都被修改过。</translation>
    </message>
    <message>
      <source>Choose which version to keep. Both versions are saved in the merge history whichever you choose. Fields marked ≠ differ.</source>
      <translation>请选择保留哪个版本。无论选择哪个,两个版本都会保存在合并历史中。标有 ≠ 的字段不同。</translation>
    </message>
    <message>
      <source>Keep &amp;Mine</source>
      <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
      <source>Keep this database's version</source>
      <translation>保留本数据库中的版本</translation>
    </message>
    <message>
      <source>Take &amp;Theirs</source>
      <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
      <source>Replace it with %1's version</source>
      <translation>用 %1 的版本替换</translation>
    </message>
    <message>
      <source>Cancel Import</source>
      <translation>取消导入</translation>
    </message>
    <message>
      <source>Import nothing from this pack</source>
      <translation>不从此数据包导入任何内容</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <source>Yours (this database)</source>
      <translation>您的(本数据库)</translation>
    </message>
    <message>
      <source>Theirs (%1's pack)</source>
      <translation>对方的(%1 的数据包)</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Deal</source>
      <translation>商机</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>产品线</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>分钟数</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Last edited (UTC)</source>
      <translation>最后编辑时间(UTC)</translation>
    </message>
    <message>
      <source>Amount (minor units)</source>
      <translation>金额(最小货币单位)</translation>
    </message>
    <message>
      <source>Currency</source>
      <translation>币种</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>阶段</translation>
    </message>
    <message>
      <source>Created on</source>
      <translation>创建日期</translation>
    </message>
    <message>
      <source>Closed on</source>
      <translation>成交/关闭日期</translation>
    </message>
    <message>
      <source>Expected close</source>
      <translation>预计成交日期</translation>
    </message>
    <message>
      <source>Lost reason</source>
      <translation>丢单原因</translation>
    </message>
    <message>
      <source>Competitor</source>
      <translation>竞争对手</translation>
    </message>
    <message>
      <source>Credit split</source>
      <translation>业绩分配</translation>
    </message>
    <message>
      <source>Received on</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <source>Score</source>
      <translation>评分</translation>
    </message>
    <message>
      <source>Complaint</source>
      <translation>投诉</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>已解决</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>处理结果</translation>
    </message>
    <message>
      <source>Resolved on</source>
      <translation>解决日期</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MetricFormat</name>
    <message>
      <source>Ahead</source>
      <translation>领先</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>正常</translation>
    </message>
    <message>
      <source>At risk</source>
      <translation>有风险</translation>
    </message>
    <message>
      <source>Off track</source>
      <translation>落后</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>No data</source>
      <translation>无数据</translation>
    </message>
    <message>
      <source>Market change</source>
      <translation>市场变化</translation>
    </message>
    <message>
      <source>Resource change</source>
      <translation>资源调整</translation>
    </message>
    <message>
      <source>Difficulty</source>
      <translation>实现难度</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <source>Proposed</source>
      <translation>已提议</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>渠道</translation>
    </message>
    <message>
      <source>Product line</source>
      <translation>产品线</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <source>Customer group</source>
      <translation>客户分组</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::MetricText</name>
    <message>
      <source>Revenue</source>
      <translation>销售额</translation>
    </message>
    <message>
      <source>Units sold</source>
      <translation>销量</translation>
    </message>
    <message>
      <source>Deals won</source>
      <translation>成交单数</translation>
    </message>
    <message>
      <source>New customers</source>
      <translation>新客户数</translation>
    </message>
    <message>
      <source>Conversion rate</source>
      <translation>客户转化率</translation>
    </message>
    <message>
      <source>Retention rate</source>
      <translation>客户保留率</translation>
    </message>
    <message>
      <source>Average deal size</source>
      <translation>平均成交金额</translation>
    </message>
    <message>
      <source>Sales cycle</source>
      <translation>销售周期</translation>
    </message>
    <message>
      <source>Customer satisfaction</source>
      <translation>客户满意度</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>销售活动</translation>
    </message>
    <message>
      <source>Market share</source>
      <translation>市场份额</translation>
    </message>
    <message>
      <source>Revenue growth</source>
      <translation>销售增长率</translation>
    </message>
    <message>
      <source>Open pipeline</source>
      <translation>在途商机</translation>
    </message>
    <message>
      <source>The net amount of the deals won in the period, converted at each month's exchange rate; returns and refunds count as negative amounts.</source>
      <translation>期间内成交订单的净额，按各月汇率折算；退货和退款计为负数。</translation>
    </message>
    <message>
      <source>The units sold on the deals won in the period.</source>
      <translation>期间内成交订单售出的数量。</translation>
    </message>
    <message>
      <source>The number of deals won in the period; a rep's share of a shared deal counts as a fraction.</source>
      <translation>期间内成交的订单数；合作订单按销售代表的分成比例计入。</translation>
    </message>
    <message>
      <source>Customers whose first ever won deal closed in the period.</source>
      <translation>首笔成交发生在本期间的客户。</translation>
    </message>
    <message>
      <source>Deals won divided by deals closed (won or lost) in the period.</source>
      <translation>期间内成交订单数除以已关闭（赢单或输单）订单数。</translation>
    </message>
    <message>
      <source>The share of the customers who bought in the previous period who bought again in this one.</source>
      <translation>上一期间购买过的客户中，本期间再次购买的比例。</translation>
    </message>
    <message>
      <source>The amount of the deals won divided by their number (returns left out).</source>
      <translation>成交金额除以成交单数（不含退货）。</translation>
    </message>
    <message>
      <source>The average number of days from a deal's creation to its close, over the deals won in the period; lower is better.</source>
      <translation>期间内成交订单从创建到成交的平均天数，越低越好。</translation>
    </message>
    <message>
      <source>The mean score (1 to 5) of the customer feedback received in the period.</source>
      <translation>期间内收到的客户反馈的平均分（1 至 5）。</translation>
    </message>
    <message>
      <source>Calls, visits and meetings logged in the period.</source>
      <translation>期间内记录的电话、拜访和会议。</translation>
    </message>
    <message>
      <source>Revenue divided by the market size of the scope's region and product line.</source>
      <translation>销售额除以该范围所在区域和产品线的市场规模。</translation>
    </message>
    <message>
      <source>Revenue growth over the same period one year earlier.</source>
      <translation>与上年同期相比的销售额增长。</translation>
    </message>
    <message>
      <source>The amount of the deals still open at the end of the period.</source>
      <translation>期末仍未关闭的商机金额。</translation>
    </message>
    <message>
      <source>yuan</source>
      <translation>元</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source>days</source>
      <translation>天</translation>
    </message>
    <message>
      <source>points (1–5)</source>
      <translation>分（1–5）</translation>
    </message>
    <message>
      <source>deals</source>
      <translation>单</translation>
    </message>
    <message>
      <source>customers</source>
      <translation>个客户</translation>
    </message>
    <message>
      <source>activities</source>
      <translation>次活动</translation>
    </message>
    <message>
      <source>units</source>
      <translation>件</translation>
    </message>
    <message>
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::NewReviewDialog</name>
    <message>
      <source>New Review</source>
      <translation>新建复盘</translation>
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation>模板(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;For:</source>
      <translation>范围(&amp;F)：</translation>
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <source>T&amp;itle:</source>
      <translation>标题(&amp;I)：</translation>
    </message>
    <message>
      <source>&amp;Agenda:</source>
      <translation>议程(&amp;A)：</translation>
    </message>
    <message>
      <source>Schedule</source>
      <translation>安排</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Team %1</source>
      <translation>团队 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::OverviewPage</name>
    <message>
      <source>Revenue against target by team</source>
      <translation>各团队收入与目标对比</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Could not load the overview: %1</source>
      <translation>无法加载概览：%1</translation>
    </message>
    <message>
      <source>This database has no teams yet.</source>
      <translation>该数据库还没有团队。</translation>
    </message>
    <message>
      <source>%1 company total: %2 won of %3 target (%4), gap %5</source>
      <translation>%1 年公司合计：已成交 %2，目标 %3（%4），差距 %5</translation>
    </message>
    <message>
      <source>%1 company total: %2 won; no revenue targets are set for this year.</source>
      <translation>%1 年公司合计：已成交 %2；本年尚未设定收入目标。</translation>
    </message>
    <message numerus="yes">
      <source>%n won deal(s) in other currencies are not included: exchange rates are not set up yet.</source>
      <translation>
        <numerusform>有 %n 笔其他币种的成交未计入：尚未设置汇率。</numerusform>
      </translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Won revenue</source>
      <translation>成交收入</translation>
    </message>
    <message>
      <source>Target and won revenue, %1</source>
      <translation>%1 年目标与成交收入</translation>
    </message>
    <message>
      <source>Revenue (10,000 %1)</source>
      <translation>收入（万%1）</translation>
    </message>
    <message>
      <source>Revenue (%1 millions)</source>
      <translation>收入（百万 %1）</translation>
    </message>
    <message>
      <source>%1
%2: %3</source>
      <translation>%1
%2：%3</translation>
    </message>
    <message>
      <source>Attainment: %1</source>
      <translation>达成率：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::PackImportTask</name>
    <message>
      <source>Checking and merging the data pack…</source>
      <translation>正在检查并合并数据包…</translation>
    </message>
    <message>
      <source>Import Rep Data Pack</source>
      <translation>导入销售代表数据包</translation>
    </message>
    <message>
      <source>This pack from %1 was already imported on %2. Nothing was changed.</source>
      <translation>%1 的这个数据包已于 %2 导入过,未做任何更改。</translation>
    </message>
    <message>
      <source>The import was cancelled. Nothing was changed.</source>
      <translation>导入已取消,未做任何更改。</translation>
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>新增 %n 条</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>更新 %n 条</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>未变 %n 条</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept as edited here</source>
      <translation>
        <numerusform>保留本地修改 %n 条</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) kept yours</source>
      <translation>
        <numerusform>%n 个冲突保留了您的版本</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) took theirs</source>
      <translation>
        <numerusform>%n 个冲突采用了对方的版本</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RankMedal</name>
    <message>
      <source>Gold</source>
      <translation>金牌</translation>
    </message>
    <message>
      <source>Silver</source>
      <translation>银牌</translation>
    </message>
    <message>
      <source>Bronze</source>
      <translation>铜牌</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RecordStore</name>
    <message>
      <source>No database is open.</source>
      <translation>没有打开的数据库。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RelevantPage</name>
    <message>
      <source>Nothing: a top-level target</source>
      <translation>无：顶层目标</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>title (period)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>%1 of %2 in %3</source>
      <comment>value of metric in period</comment>
      <translation>%3 的 %2 中的 %1</translation>
    </message>
    <message>
      <source>None. Linking a target to a bigger one shows how each part serves the whole.</source>
      <translation>无。将目标关联到更大的目标，可以看出每个部分如何服务于整体。</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Not a share: %1 does not add up across targets.</source>
      <translation>不是份额：%1 不能在目标之间累加。</translation>
    </message>
    <message>
      <source>%1 of the parent's %2</source>
      <translation>上级目标 %2 的 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RepPackActions</name>
    <message>
      <source>Create Re&amp;p Database…</source>
      <translation>创建销售代表数据库(&amp;P)…</translation>
    </message>
    <message>
      <source>&amp;Export Data Pack…</source>
      <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Import Rep Data Pack…</source>
      <translation>导入销售代表数据包(&amp;I)…</translation>
    </message>
    <message>
      <source>Open a database first.</source>
      <translation>请先打开一个数据库。</translation>
    </message>
    <message>
      <source>This is a rep's database; only the manager's database hands out and merges data.</source>
      <translation>这是销售代表的个人数据库;只有经理的数据库才能分发和合并数据。</translation>
    </message>
    <message>
      <source>Only a manager can do this (Targets ▸ Work As…).</source>
      <translation>只有经理可以执行此操作(目标 ▸ 使用身份…)。</translation>
    </message>
    <message>
      <source>Write a rep's personal database to take on a laptop</source>
      <translation>为销售代表生成可带到笔记本电脑上的个人数据库</translation>
    </message>
    <message>
      <source>Merge the activities, deals and feedback a rep exported</source>
      <translation>合并销售代表导出的活动、商机和客户反馈</translation>
    </message>
    <message>
      <source>Write your activities, deals and feedback to a file for your manager</source>
      <translation>将您的活动、商机和客户反馈写入文件,交给经理</translation>
    </message>
    <message>
      <source>Only a rep database exports a data pack.</source>
      <translation>只有销售代表数据库才能导出数据包。</translation>
    </message>
    <message>
      <source>Create Rep Database</source>
      <translation>创建销售代表数据库</translation>
    </message>
    <message>
      <source>This database has no reps yet.</source>
      <translation>此数据库中还没有销售代表。</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Create a personal database for:</source>
      <translation>为以下销售代表创建个人数据库:</translation>
    </message>
    <message>
      <source>Writing %1's database…</source>
      <translation>正在写入 %1 的数据库…</translation>
    </message>
    <message>
      <source>Created %1 for %2 with %3 deals, %4 activities and %5 feedback entries.

Copy it to the rep's laptop; the rep opens it with File ▸ Open and sends back a data pack with File ▸ Export Data Pack.</source>
      <translation>已为 %2 创建 %1,包含 %3 个商机、%4 条活动和 %5 条客户反馈。

请将其复制到销售代表的笔记本电脑上;销售代表用“文件 ▸ 打开”打开它,并用“文件 ▸ 导出数据包”交回数据包。</translation>
    </message>
    <message>
      <source>Export Data Pack</source>
      <translation>导出数据包</translation>
    </message>
    <message>
      <source>Writing the data pack…</source>
      <translation>正在写入数据包…</translation>
    </message>
    <message>
      <source>Wrote %1 deals, %2 activities and %3 feedback entries to %4.

Send this file to your manager, who imports it with File ▸ Import Rep Data Pack.</source>
      <translation>已将 %1 个商机、%2 条活动和 %3 条客户反馈写入 %4。

请把此文件发给经理,经理用“文件 ▸ 导入销售代表数据包”导入。</translation>
    </message>
    <message>
      <source>Import Rep Data Pack</source>
      <translation>导入销售代表数据包</translation>
    </message>
    <message>
      <source>Nothing was imported.

%1</source>
      <translation>未导入任何内容。

%1</translation>
    </message>
    <message>
      <source>Attain data packs (*.attainpack);;All files (*)</source>
      <translation>Attain 数据包 (*.attainpack);;所有文件 (*)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ResolveComplaintDialog</name>
    <message>
      <source>The complaint is &amp;resolved</source>
      <translation>投诉已解决(&amp;R)</translation>
    </message>
    <message>
      <source>Resolve Complaint</source>
      <translation>处理投诉</translation>
    </message>
    <message>
      <source>%1, rep %2</source>
      <translation>%1，销售代表 %2</translation>
    </message>
    <message>
      <source>%1 — received %2, score %3</source>
      <translation>%1 — %2 收到，评分 %3</translation>
    </message>
    <message>
      <source>What was done: called back, replaced, refunded …</source>
      <translation>采取的措施：回电、换货、退款…</translation>
    </message>
    <message>
      <source>Re&amp;solution:</source>
      <translation>处理结果(&amp;S)：</translation>
    </message>
    <message>
      <source>Resolved &amp;on:</source>
      <translation>解决日期(&amp;O)：</translation>
    </message>
    <message>
      <source>Say what was done before closing the complaint.</source>
      <translation>关闭投诉前请说明采取了哪些措施。</translation>
    </message>
    <message>
      <source>Not resolved yet: the complaint stays in progress.</source>
      <translation>尚未解决：投诉保持“处理中”。</translation>
    </message>
    <message>
      <source>Without a resolution the complaint stays open.</source>
      <translation>没有处理结果，投诉保持“待处理”。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevenueLineChart</name>
    <message>
      <source>Cumulative revenue against target</source>
      <translation>累计销售额与目标对比</translation>
    </message>
    <message>
      <source>80% range</source>
      <translation>80% 区间</translation>
    </message>
    <message>
      <source>95% range</source>
      <translation>95% 区间</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>应完成</translation>
    </message>
    <message>
      <source>Forecast</source>
      <translation>预测</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>%1% chance of reaching the target</source>
      <translation>达成目标的概率为 %1%</translation>
    </message>
    <message>
      <source>target reached</source>
      <translation>目标已达成</translation>
    </message>
    <message>
      <source>target missed</source>
      <translation>目标未达成</translation>
    </message>
    <message>
      <source>Revenue to %1: %2</source>
      <translation>截至 %1 的销售额：%2</translation>
    </message>
    <message>
      <source>Target: %1</source>
      <translation>目标：%1</translation>
    </message>
    <message>
      <source>Forecast for the period: %1 (80%: %2 – %3)</source>
      <translation>本期预测：%1（80%：%2 – %3）</translation>
    </message>
    <message>
      <source>Cumulative revenue, %1 – %2</source>
      <translation>累计销售额，%1 – %2</translation>
    </message>
    <message>
      <source>%1 (no revenue target)</source>
      <translation>%1（无销售额目标）</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <comment>chart, probability</comment>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>Revenue to date: %1</source>
      <translation>截至今日销售额：%1</translation>
    </message>
    <message>
      <source>Expected by the target: %1</source>
      <translation>按目标应完成：%1</translation>
    </message>
    <message>
      <source>Forecast to %1: %2 (80%: %3 – %4; 95%: %5 – %6)</source>
      <translation>预测至 %1：%2（80%：%3 – %4；95%：%5 – %6）</translation>
    </message>
    <message>
      <source>100 million yuan</source>
      <translation>亿元</translation>
    </message>
    <message>
      <source>100 million %1</source>
      <translation>亿 %1</translation>
    </message>
    <message>
      <source>thousand yuan</source>
      <translation>千元</translation>
    </message>
    <message>
      <source>thousand %1</source>
      <translation>千 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewBriefingWidget</name>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>For</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Actual / target</source>
      <translation>实际 / 目标</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <source>In trouble (at risk or off track) since</source>
      <translation>自何时起有风险或偏离</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>销售活动</translation>
    </message>
    <message>
      <source>Targets (loading…)</source>
      <translation>目标（加载中…）</translation>
    </message>
    <message>
      <source>Targets on %1 — figures as of %2</source>
      <translation>%1 的目标 — 数据截至 %2</translation>
    </message>
    <message>
      <source>%1 / %2</source>
      <translation>%1 / %2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>No targets of this scope cover %1.</source>
      <translation>此范围没有覆盖 %1 的目标。</translation>
    </message>
    <message>
      <source>Risks: none — every target is on track or ahead.</source>
      <translation>风险：无 — 所有目标均按计划或领先。</translation>
    </message>
    <message>
      <source>⚠ &lt;b&gt;Risks — at risk or off track: %1 of %2.&lt;/b&gt; First: %3 — %4</source>
      <translation>⚠ &lt;b&gt;风险 — 有风险或偏离：%1 / %2。&lt;/b&gt;首要：%3 — %4</translation>
    </message>
    <message>
      <source>(Point at a status for why.)</source>
      <translation>（将鼠标指向状态可查看原因。）</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>none yet since %1</source>
      <translation>自 %1 起暂无</translation>
    </message>
    <message>
      <source>%1 – %2</source>
      <translation>%1 – %2</translation>
    </message>
    <message>
      <source>since the previous review</source>
      <translation>自上次复盘以来</translation>
    </message>
    <message>
      <source>in the last cycle (no earlier review)</source>
      <translation>最近一个周期（无更早的复盘）</translation>
    </message>
    <message numerus="yes">
      <source>Activities %1 (%2): %n logged, %3 h</source>
      <translation>
        <numerusform>销售活动%1（%2）：共 %n 次，%3 小时</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewDetailWidget</name>
    <message>
      <source>&amp;Mark as Held</source>
      <translation>标记为已召开(&amp;M)</translation>
    </message>
    <message>
      <source>Schedule &amp;Next</source>
      <translation>安排下一次(&amp;N)</translation>
    </message>
    <message>
      <source>Delete Review</source>
      <translation>删除复盘</translation>
    </message>
    <message>
      <source>Mark &amp;Done</source>
      <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
      <source>&amp;Add Item</source>
      <translation>添加行动项(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Close Item</source>
      <translation>关闭行动项(&amp;C)</translation>
    </message>
    <message>
      <source>De&amp;lete Item</source>
      <translation>删除行动项(&amp;L)</translation>
    </message>
    <message>
      <source>Select a review on the left, or schedule one with Reviews ▸ New Review… (Ctrl+Shift+R).</source>
      <translation>在左侧选择一次复盘，或通过“复盘 ▸ 新建复盘…”（Ctrl+Shift+R）安排一次。</translation>
    </message>
    <message>
      <source>What was discussed</source>
      <translation>讨论了什么</translation>
    </message>
    <message>
      <source>What was decided</source>
      <translation>决定了什么</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>记录</translation>
    </message>
    <message>
      <source>Decisions</source>
      <translation>决策</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>记录(&amp;O)</translation>
    </message>
    <message>
      <source>D&amp;ecisions</source>
      <translation>决策(&amp;E)</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewListModel</name>
    <message>
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>1:1</source>
      <translation>一对一</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>复盘</translation>
    </message>
    <message>
      <source>For</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewText</name>
    <message>
      <source>Open</source>
      <translation>未完成</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>已放弃</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>已召开</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>已安排</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message numerus="yes">
      <source>%1 — overdue %n day(s)</source>
      <translation>
        <numerusform>%1 — 已逾期 %n 天</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewsPage</name>
    <message>
      <source>Show reviews for</source>
      <translation>显示以下对象的复盘</translation>
    </message>
    <message>
      <source>Reviews</source>
      <translation>复盘</translation>
    </message>
    <message>
      <source>New Review…</source>
      <translation>新建复盘…</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>显示(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Could not load the reviews: %1</source>
      <translation>无法加载复盘：%1</translation>
    </message>
    <message>
      <source>All reviews</source>
      <translation>全部复盘</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>Team %1</source>
      <translation>团队 %1</translation>
    </message>
    <message>
      <source>One-on-ones with %1</source>
      <translation>与 %1 的一对一沟通</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>编辑记录</translation>
    </message>
    <message>
      <source>Edit decisions</source>
      <translation>编辑决策</translation>
    </message>
    <message numerus="yes">
      <source>Carried over from earlier reviews (%n)</source>
      <translation>
        <numerusform>从以前复盘延续的行动项（%n）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>⚠ %n overdue</source>
      <translation>
        <numerusform>⚠ %n 项已逾期</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Action items of this review (%n)</source>
      <translation>
        <numerusform>本次复盘的行动项（%n）</numerusform>
      </translation>
    </message>
    <message>
      <source>Only a manager can schedule a review.</source>
      <translation>只有经理可以安排复盘。</translation>
    </message>
    <message>
      <source>Mark as held</source>
      <translation>标记为已召开</translation>
    </message>
    <message>
      <source>Delete Review</source>
      <translation>删除复盘</translation>
    </message>
    <message>
      <source>Delete “%1” and its action items? This cannot be undone.</source>
      <translation>删除“%1”及其行动项？此操作无法撤销。</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>新行动项</translation>
    </message>
    <message>
      <source>%1 on %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <source>previous review %1</source>
      <translation>上次复盘 %1</translation>
    </message>
    <message>
      <source>first review of %1</source>
      <translation>%1 的首次复盘</translation>
    </message>
    <message>
      <source>the company</source>
      <translation>公司</translation>
    </message>
    <message>
      <source>scheduled by %1</source>
      <translation>安排人 %1</translation>
    </message>
    <message>
      <source>Agenda: %1</source>
      <translation>议程：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionDialog</name>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2，%3</translation>
    </message>
    <message>
      <source>%</source>
      <translation>%</translation>
    </message>
    <message>
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>新目标值</translation>
    </message>
    <message>
      <source>Choose a reason…</source>
      <translation>请选择原因…</translation>
    </message>
    <message>
      <source>Without approval the change is proposed and waits in the target's history; the value stays as it is until then.</source>
      <translation>未经批准时，调整作为提议记录在目标历史中，目标值在批准前保持不变。</translation>
    </message>
    <message>
      <source>The change is proposed and waits for a manager's approval.</source>
      <translation>调整已提议，等待经理批准。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionHistoryDialog</name>
    <message>
      <source>&amp;Approve</source>
      <translation>批准(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation>驳回(&amp;R)</translation>
    </message>
    <message>
      <source>Target History</source>
      <translation>目标历史</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Could not read the history: %1</source>
      <translation>无法读取历史：%1</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Actual to date: %1.</source>
      <translation>截至目前实际：%1。</translation>
    </message>
    <message>
      <source>No actual to date.</source>
      <translation>截至目前无实际数据。</translation>
    </message>
    <message>
      <source>Original value %1 (attainment %2); current value %3 (attainment %4).</source>
      <translation>原目标值 %1（达成率 %2）；当前目标值 %3（达成率 %4）。</translation>
    </message>
    <message>
      <source>The value has never been revised.</source>
      <translation>目标值从未调整过。</translation>
    </message>
    <message>
      <source>Could not save the decision: %1</source>
      <translation>无法保存审批结果：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionTable</name>
    <message>
      <source>Proposed</source>
      <translation>已提议</translation>
    </message>
    <message>
      <source>By</source>
      <translation>提议人</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>原目标值</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>新目标值</translation>
    </message>
    <message>
      <source>Attainment at new value</source>
      <translation>按新目标值的达成率</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Explanation</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Decided by</source>
      <translation>审批人</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1, %2</source>
      <translation>%1，%2</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RiskModel</name>
    <message numerus="yes">
      <source>%1 (%n day(s))</source>
      <translation>
        <numerusform>%1（%n 天）</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>起始</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>差距</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RiskPanel</name>
    <message>
      <source>Targets at risk</source>
      <translation>风险预警</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>The targets could not be loaded: %1</source>
      <translation>无法加载目标：%1</translation>
    </message>
    <message>
      <source>No target is at risk or off track.</source>
      <translation>没有处于风险或落后状态的目标。</translation>
    </message>
    <message>
      <source>1 target at risk or off track</source>
      <translation>1 个目标处于风险或落后状态</translation>
    </message>
    <message numerus="yes">
      <source>%n targets at risk or off track</source>
      <translation>
        <numerusform>%n 个目标处于风险或落后状态</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SalesSnapshot</name>
    <message>
      <source>Loading the sales data…</source>
      <translation>正在加载销售数据…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ScopeBreadcrumb</name>
    <message>
      <source>Scope path</source>
      <translation>范围路径</translation>
    </message>
    <message>
      <source>Back to %1</source>
      <translation>返回 %1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SmartTargetWizard</name>
    <message>
      <source>New SMART Target</source>
      <translation>新建 SMART 目标</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SpecificPage</name>
    <message>
      <source>Choose a measure…</source>
      <translation>请选择指标…</translation>
    </message>
    <message>
      <source>The whole company</source>
      <translation>整个公司</translation>
    </message>
    <message>
      <source>A team</source>
      <translation>一个团队</translation>
    </message>
    <message>
      <source>A rep</source>
      <translation>一位销售代表</translation>
    </message>
    <message>
      <source>A sales channel</source>
      <translation>一个销售渠道</translation>
    </message>
    <message>
      <source>A product line</source>
      <translation>一条产品线</translation>
    </message>
    <message>
      <source>A region</source>
      <translation>一个区域</translation>
    </message>
    <message>
      <source>Filled in from your choices</source>
      <translation>根据您的选择自动填写</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>所有人</translation>
    </message>
    <message>
      <source>Choose a team…</source>
      <translation>请选择团队…</translation>
    </message>
    <message>
      <source>Choose a rep…</source>
      <translation>请选择销售代表…</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>rep (team)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Choose a sales channel…</source>
      <translation>请选择销售渠道…</translation>
    </message>
    <message>
      <source>Choose a region…</source>
      <translation>请选择区域…</translation>
    </message>
    <message>
      <source>Choose a product line…</source>
      <translation>请选择产品线…</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TableViewCsv</name>
    <message>
      <source>Export to CSV</source>
      <translation>导出为 CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <source>The table has no data.</source>
      <translation>该表格没有数据。</translation>
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation>导出为 CSV…</translation>
    </message>
    <message>
      <source>The table could not be written to %1:
%2</source>
      <translation>无法将表格写入 %1：
%2</translation>
    </message>
    <message>
      <source>This page has no table to export.</source>
      <translation>此页面没有可导出的表格。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetDetailDialog</name>
    <message>
      <source>Breakdown</source>
      <translation>分解明细</translation>
    </message>
    <message>
      <source>Revisions</source>
      <translation>调整记录</translation>
    </message>
    <message>
      <source>Propose a new value</source>
      <translation>提出新的目标值</translation>
    </message>
    <message>
      <source>Split this target over teams or reps and periods</source>
      <translation>将此目标分解到团队或销售代表及各期间</translation>
    </message>
    <message>
      <source>Every revision, with approval</source>
      <translation>全部调整记录及审批</translation>
    </message>
    <message>
      <source>This target and its breakdown as CSV</source>
      <translation>将此目标及其分解明细导出为 CSV</translation>
    </message>
    <message>
      <source>Could not read the revisions: %1</source>
      <translation>无法读取调整记录：%1</translation>
    </message>
    <message>
      <source>%1 — Target</source>
      <translation>%1 — 目标</translation>
    </message>
    <message>
      <source>No owner set</source>
      <translation>未设负责人</translation>
    </message>
    <message>
      <source>%1 (%2 to %3)</source>
      <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
      <source>In trouble since %1.</source>
      <translation>自 %1 起处于风险状态。</translation>
    </message>
    <message>
      <source>Locked by %1 on %2: its value cannot change until a manager unlocks it.</source>
      <translation>%1 于 %2 锁定：经理解锁前目标值不能更改。</translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s) waiting for a decision: History… (Ctrl+H) approves or rejects them.</source>
      <translation>
        <numerusform>%n 项调整待审批：在“历史…”（Ctrl+H）中批准或驳回。</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>The value before its first approved revision.</source>
      <translation>首次批准调整之前的目标值。</translation>
    </message>
    <message>
      <source>%1 to go</source>
      <translation>还差 %1</translation>
    </message>
    <message>
      <source>Exceeded by %1</source>
      <translation>已超出 %1</translation>
    </message>
    <message>
      <source>Met, %1 below</source>
      <translation>已达成，低于目标 %1</translation>
    </message>
    <message>
      <source>%1 above the target</source>
      <translation>高于目标 %1</translation>
    </message>
    <message>
      <source>The period's total if the pace so far holds to its end.</source>
      <translation>按目前进度保持到期末时的预测值。</translation>
    </message>
    <message>
      <source>The share of the current target due by the as-of date, by working days.</source>
      <translation>按工作日计算，截至统计日应完成的当前目标部分。</translation>
    </message>
    <message>
      <source>Actual against what was expected by now.</source>
      <translation>实际值与目前应完成值之比。</translation>
    </message>
    <message>
      <source>%1 of the current target</source>
      <translation>当前目标的 %1</translation>
    </message>
    <message>
      <source>No attainment yet</source>
      <translation>暂无达成率</translation>
    </message>
    <message>
      <source>&amp;Breakdown (%1)</source>
      <translation>分解明细(&amp;B)（%1）</translation>
    </message>
    <message>
      <source>Not broken down</source>
      <translation>未分解</translation>
    </message>
    <message numerus="yes">
      <source>Split into %n target(s) (%1)</source>
      <translation>
        <numerusform>分解为 %n 个目标（%1）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Split into %n target(s)</source>
      <translation>
        <numerusform>分解为 %n 个目标</numerusform>
      </translation>
    </message>
    <message>
      <source>Its value came from its parent (%1)</source>
      <translation>本目标值由上级目标分解而来（%1）</translation>
    </message>
    <message>
      <source>None: a top-level target</source>
      <translation>无（顶级目标）</translation>
    </message>
    <message>
      <source>Not in the list</source>
      <translation>不在列表中</translation>
    </message>
    <message>
      <source>Re&amp;visions (%1)</source>
      <translation>调整记录(&amp;V)（%1）</translation>
    </message>
    <message>
      <source>This target is no longer in the list (the database changed or it was removed).</source>
      <translation>此目标已不在列表中（数据库已更换或目标已被删除）。</translation>
    </message>
    <message>
      <source>Could not export: %1</source>
      <translation>无法导出：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetDraft</name>
    <message>
      <source>FY%1</source>
      <comment>fiscal year named by the year it starts in</comment>
      <translation>%1 财年</translation>
    </message>
    <message>
      <source>%1 %2</source>
      <comment>month name, year</comment>
      <translation>%1 %2</translation>
    </message>
    <message>
      <source>%1 Q%2</source>
      <comment>year, quarter number</comment>
      <translation>%1 年第 %2 季度</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetRights</name>
    <message>
      <source>Only a manager locks or unlocks targets.</source>
      <translation>只有经理可以锁定或解锁目标。</translation>
    </message>
    <message>
      <source>Locked by %1: a manager must unlock it first.</source>
      <translation>已被 %1 锁定：需经理先解锁。</translation>
    </message>
    <message>
      <source>A rep proposes changes to their own targets only.</source>
      <translation>销售代表只能对自己的目标提出调整。</translation>
    </message>
    <message>
      <source>Only targets that add up (revenue, deals, customers …) can be split.</source>
      <translation>只有可累加的目标（销售额、成交数、客户数……）才能分解。</translation>
    </message>
    <message>
      <source>Company targets split over teams and team targets over reps.</source>
      <translation>公司目标分解到团队，团队目标分解到销售代表。</translation>
    </message>
    <message>
      <source>Only a manager breaks targets down.</source>
      <translation>只有经理可以分解目标。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetWizardState</name>
    <message>
      <source>company</source>
      <comment>as in: grow company revenue</comment>
      <translation>公司</translation>
    </message>
    <message>
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <source>Cut %1 %2 in %3</source>
      <comment>scope, metric, period</comment>
      <translation>%3 将%1%2降低</translation>
    </message>
    <message>
      <source>Grow %1 %2 in %3</source>
      <comment>scope, metric, period</comment>
      <translation>%3 提升%1%2</translation>
    </message>
    <message>
      <source>Cut %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation>%4 将%1%2降至 %3</translation>
    </message>
    <message>
      <source>Raise %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation>%4 将%1%2提高到 %3</translation>
    </message>
    <message>
      <source>Grow %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation>%4 将%1%2提升到 %3</translation>
    </message>
    <message>
      <source>Choose what the target measures.</source>
      <translation>请选择目标衡量的指标。</translation>
    </message>
    <message>
      <source>Choose the team this target is for.</source>
      <translation>请选择此目标所属的团队。</translation>
    </message>
    <message>
      <source>Choose the rep this target is for.</source>
      <translation>请选择此目标所属的销售代表。</translation>
    </message>
    <message>
      <source>Choose the sales channel this target is for.</source>
      <translation>请选择此目标对应的销售渠道。</translation>
    </message>
    <message>
      <source>Choose the product line this target is for.</source>
      <translation>请选择此目标对应的产品线。</translation>
    </message>
    <message>
      <source>Choose the region this target is for.</source>
      <translation>请选择此目标对应的区域。</translation>
    </message>
    <message>
      <source>Give the target a title.</source>
      <translation>请为目标填写标题。</translation>
    </message>
    <message>
      <source>Enter the target value: a target without a number cannot be measured.</source>
      <translation>请输入目标值：没有数字的目标无法衡量。</translation>
    </message>
    <message>
      <source>“%1” is not a number.</source>
      <translation>“%1”不是数字。</translation>
    </message>
    <message>
      <source>A rate lies between 0% and 100%.</source>
      <translation>比率应在 0% 到 100% 之间。</translation>
    </message>
    <message>
      <source>Satisfaction scores run from 1 to 5.</source>
      <translation>满意度评分为 1 到 5。</translation>
    </message>
    <message>
      <source>The target cannot be negative.</source>
      <translation>目标不能为负数。</translation>
    </message>
    <message>
      <source>A target of zero asks for nothing: enter the value to reach.</source>
      <translation>目标为零等于没有要求：请输入要达成的数值。</translation>
    </message>
    <message>
      <source>The forecast gives this target little chance: tick the acknowledgement and say why it is right, or lower it.</source>
      <translation>预测显示此目标达成概率很低：请勾选确认并说明理由，或调低目标。</translation>
    </message>
    <message>
      <source>Above what nearly every past period achieved: tick the acknowledgement and say why this target is right, or lower it.</source>
      <translation>高于几乎所有历史期间的水平：请勾选确认并说明理由，或降低目标。</translation>
    </message>
    <message>
      <source>The forecast makes this target near-certain: tick the acknowledgement and say why it is right, or raise it.</source>
      <translation>预测显示此目标几乎必然达成：请勾选确认并说明理由，或调高目标。</translation>
    </message>
    <message>
      <source>This asks for no real growth: tick the acknowledgement and say why this target is right, or raise it.</source>
      <translation>此目标几乎不要求增长：请勾选确认并说明理由，或提高目标。</translation>
    </message>
    <message>
      <source>The parent target no longer exists: choose another or none.</source>
      <translation>上级目标已不存在：请选择其他上级目标或不选。</translation>
    </message>
    <message>
      <source>The parent target measures %1: a target that contributes to it must measure the same.</source>
      <translation>上级目标考核的是%1：支撑它的目标必须考核同一指标。</translation>
    </message>
    <message>
      <source>%1 is not part of the parent target's scope.</source>
      <translation>%1 不在上级目标的范围内。</translation>
    </message>
    <message>
      <source>%1 is not inside the parent target's period (%2).</source>
      <translation>%1 不在上级目标的期间（%2）之内。</translation>
    </message>
    <message>
      <source>The target has the parent's scope and period, so it narrows nothing: choose a narrower scope or a shorter period.</source>
      <translation>该目标与上级目标的范围和期间完全相同，没有做任何细分：请选择更小的范围或更短的期间。</translation>
    </message>
    <message>
      <source>This target cannot sit under the chosen parent.</source>
      <translation>该目标不能归属于所选的上级目标。</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>期间的结束早于开始。</translation>
    </message>
    <message>
      <source>This period ended on %1: a target must still lie ahead.</source>
      <translation>该期间已于 %1 结束：目标必须面向未来。</translation>
    </message>
    <message>
      <source>With this period the value is judged %1: go back to Achievable and acknowledge it, or change the value.</source>
      <translation>按这个期间，该目标值被评为“%1”：请回到“可实现”页确认，或修改目标值。</translation>
    </message>
    <message>
      <source>unrealistic</source>
      <translation>不现实</translation>
    </message>
    <message>
      <source>too low</source>
      <translation>过低</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsCsv</name>
    <message>
      <source>Export Targets</source>
      <translation>导出目标</translation>
    </message>
    <message>
      <source>The file could not be written.</source>
      <translation>无法写入文件。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsModel</name>
    <message>
      <source>In trouble since %1.</source>
      <translation>自 %1 起处于风险状态。</translation>
    </message>
    <message>
      <source>Locked by %1 on %2.</source>
      <translation>%1 于 %2 锁定。</translation>
    </message>
    <message numerus="yes">
      <source>%n revision(s) waiting for a decision</source>
      <translation>
        <numerusform>%n 个调整待审批</numerusform>
      </translation>
    </message>
    <message>
      <source>Against the original target of %1: %2</source>
      <translation>对照原始目标 %1：%2</translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Metric</source>
      <translation>指标</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>范围</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>目标值</translation>
    </message>
    <message>
      <source>Actual</source>
      <translation>实际</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <source>Pace</source>
      <translation>进度</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Nothing to measure yet.</source>
      <translation>暂无可衡量的数据。</translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation>期间尚未开始。</translation>
    </message>
    <message>
      <source>Nothing was expected by this date yet.</source>
      <translation>截至今日尚无预期进度。</translation>
    </message>
    <message>
      <source>The target is already reached.</source>
      <translation>目标已达成。</translation>
    </message>
    <message>
      <source>No ratio can be computed for this target; it is judged by whether it is met.</source>
      <translation>此目标无法计算比例，按是否达成来判断。</translation>
    </message>
    <message>
      <source>Actual is %1 of what was expected by now (%2 of %3).</source>
      <translation>实际为截至目前预期的 %1（%2 / %3）。</translation>
    </message>
    <message>
      <source>The period is over: %1 of the target was reached.</source>
      <translation>期间已结束：达成目标的 %1。</translation>
    </message>
    <message>
      <source>The current value is %1 of the target.</source>
      <translation>当前值为目标的 %1。</translation>
    </message>
    <message>
      <source>%1 needs %2.</source>
      <translation>%1 需要 %2。</translation>
    </message>
    <message>
      <source>Needs %1 more per working day than the last %2 days (%3 a day against %4).</source>
      <translation>每个工作日需要比最近 %2 天多 %1（每天 %3，最近为 %4）。</translation>
    </message>
    <message>
      <source>Needs %1 more per day than the last %2 days (%3 a day against %4).</source>
      <translation>每天需要比最近 %2 天多 %1（每天 %3，最近为 %4）。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsPage</name>
    <message>
      <source>&amp;Revise…</source>
      <translation>调整(&amp;R)…</translation>
    </message>
    <message>
      <source>&amp;Decompose…</source>
      <translation>分解(&amp;D)…</translation>
    </message>
    <message>
      <source>&amp;History…</source>
      <translation>历史(&amp;H)…</translation>
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>锁定(&amp;L)</translation>
    </message>
    <message>
      <source>Targets</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Search title, metric or scope</source>
      <translation>搜索标题、指标或范围</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>e.g. 2026 or 2026Q3</source>
      <translation>例如 2026 或 2026Q3</translation>
    </message>
    <message>
      <source>All scopes</source>
      <translation>全部范围</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation>期间(&amp;P)：</translation>
    </message>
    <message>
      <source>S&amp;cope:</source>
      <translation>范围(&amp;C)：</translation>
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation>状态(&amp;T)：</translation>
    </message>
    <message>
      <source>As of %1</source>
      <translation>截至 %1</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Could not load the targets: %1</source>
      <translation>无法加载目标：%1</translation>
    </message>
    <message>
      <source>This database has no targets yet.</source>
      <translation>该数据库还没有目标。</translation>
    </message>
    <message numerus="yes">
      <source>%n target(s)</source>
      <translation>
        <numerusform>%n 个目标</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n target(s) shown</source>
      <translation>
        <numerusform>显示 %n 个目标中的 %1 个</numerusform>
      </translation>
    </message>
    <message>
      <source>Un&amp;lock</source>
      <translation>解锁(&amp;L)</translation>
    </message>
    <message>
      <source>Could not change the lock: %1</source>
      <translation>无法更改锁定状态：%1</translation>
    </message>
    <message>
      <source>Could not open the database: %1</source>
      <translation>无法打开数据库：%1</translation>
    </message>
    <message>
      <source>Could not save the revision: %1</source>
      <translation>无法保存调整：%1</translation>
    </message>
    <message>
      <source>targets.csv</source>
      <translation>目标.csv</translation>
    </message>
    <message>
      <source>Could not export: %1</source>
      <translation>无法导出：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TeamRevenueModel</name>
    <message>
      <source>no target</source>
      <translation>无目标</translation>
    </message>
    <message>
      <source>Team code: %1</source>
      <translation>团队代码：%1</translation>
    </message>
    <message>
      <source>Team</source>
      <translation>团队</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>目标</translation>
    </message>
    <message>
      <source>Won revenue</source>
      <translation>成交收入</translation>
    </message>
    <message>
      <source>Attainment</source>
      <translation>达成率</translation>
    </message>
    <message>
      <source>Gap</source>
      <translation>差距</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::TimeBoundPage</name>
    <message>
      <source>Month</source>
      <translation>月</translation>
    </message>
    <message>
      <source>Fiscal quarter</source>
      <translation>财季</translation>
    </message>
    <message>
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <source>Fiscal year</source>
      <translation>财年</translation>
    </message>
    <message>
      <source>Year</source>
      <translation>年</translation>
    </message>
    <message>
      <source>Custom dates</source>
      <translation>自定义日期</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>每周</translation>
    </message>
    <message>
      <source>Every two weeks</source>
      <translation>每两周</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>每月</translation>
    </message>
    <message>
      <source>Quarterly</source>
      <translation>每季度</translation>
    </message>
    <message>
      <source>Q%1</source>
      <translation>第%1季度</translation>
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation>月份(&amp;M)：</translation>
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation>季度(&amp;Q)：</translation>
    </message>
    <message numerus="yes">
      <source>%1 to %2 (%n day(s))</source>
      <translation>
        <numerusform>%1 至 %2（%n 天）</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation>—</translation>
    </message>
    <message>
      <source>“%1”, reviewed %2.</source>
      <comment>title, review cadence</comment>
      <translation>“%1”，%2复盘。</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::UndoActions</name>
    <message>
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <source>Undo %1 (Ctrl+Z)</source>
      <translation>撤销：%1（Ctrl+Z）</translation>
    </message>
    <message>
      <source>Redo %1 (Ctrl+Shift+Z)</source>
      <translation>重做：%1（Ctrl+Shift+Z）</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkAsDialog</name>
    <message>
      <source>Work As</source>
      <translation>使用身份</translation>
    </message>
    <message>
      <source>Manager (approves, rejects and locks targets)</source>
      <translation>经理（批准、驳回和锁定目标）</translation>
    </message>
    <message>
      <source>Rep: %1</source>
      <translation>销售代表：%1</translation>
    </message>
    <message>
      <source>This file has no logins: whom you work as decides which actions Attain offers and signs your changes. A rep may propose changes to their own targets; only a manager approves them or locks a target.</source>
      <translation>此文件没有登录账号：您选择的身份决定 Attain 提供哪些操作，并作为您所做更改的署名。销售代表可以对自己的目标提出调整；只有经理可以批准调整或锁定目标。</translation>
    </message>
    <message>
      <source>&amp;Work as:</source>
      <translation>身份(&amp;W)：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadModel</name>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message numerus="yes">
      <source>On average %1 activities and %2 a week (%n weekday(s) worked in the range).</source>
      <translation>
        <numerusform>平均每周 %1 次活动、%2（所选周内在职 %n 个工作日）。</numerusform>
      </translation>
    </message>
    <message>
      <source>By time: %1
By count: %2</source>
      <translation>按时长：%1
按次数：%2</translation>
    </message>
    <message>
      <source>Not employed</source>
      <translation>未在职</translation>
    </message>
    <message>
      <source>No norm</source>
      <translation>无定额</translation>
    </message>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1, week %2 of %3 (%4 – %5)</source>
      <translation>%1，%3 年第 %2 周（%4 – %5）</translation>
    </message>
    <message>
      <source>%1: %2 · %3</source>
      <translation>%1：%2 · %3</translation>
    </message>
    <message>
      <source> (%1 of its norm)</source>
      <translation>（为该类定额的 %1）</translation>
    </message>
    <message>
      <source>Other types: %1 · %2</source>
      <translation>其他类型：%1 · %2</translation>
    </message>
    <message>
      <source>Total: %1 · %2</source>
      <translation>合计：%1 · %2</translation>
    </message>
    <message>
      <source>Not employed this week (not counted).</source>
      <translation>本周未在职（不计入）。</translation>
    </message>
    <message numerus="yes">
      <source>Load: %1 of the norm (%2) over %n weekday(s).</source>
      <translation>
        <numerusform>负荷：定额的 %1（%2），按 %n 个工作日计。</numerusform>
      </translation>
    </message>
    <message>
      <source>W%1
%2</source>
      <translation>第%1周
%2</translation>
    </message>
    <message>
      <source>d MMM</source>
      <comment>week column date</comment>
      <translation>M月d日</translation>
    </message>
    <message>
      <source>ISO week %1 of %2, from Monday %3</source>
      <translation>%2 年 ISO 第 %1 周，自周一 %3 起</translation>
    </message>
    <message>
      <source>Rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <source>Mean per full week worked</source>
      <translation>按完整工作周的平均值</translation>
    </message>
    <message>
      <source>Per week</source>
      <translation>每周</translation>
    </message>
    <message>
      <source>Hours/week</source>
      <translation>小时/周</translation>
    </message>
    <message>
      <source>Logged time against the norm over the range (count when the norm has no time)</source>
      <translation>所选周内记录的时长相对定额（定额未设时长时按次数）</translation>
    </message>
    <message>
      <source>Load</source>
      <translation>负荷</translation>
    </message>
    <message>
      <source>Idle &lt; 50 %, Light 50–80 %, Balanced 80–120 %, Overloaded &gt; 120 %</source>
      <translation>空闲 &lt; 50 %，偏轻 50–80 %，均衡 80–120 %，超负荷 &gt; 120 %</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>类别</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadNormsDialog</name>
    <message>
      <source>Workload Norms</source>
      <translation>工作量定额</translation>
    </message>
    <message>
      <source>What a rep is expected to log in a full five-day week. A rep who worked only part of a week is measured against that part. 0 means no norm: no load is computed against it.</source>
      <translation>销售人员在完整的五天工作周内应记录的工作量。只在职部分时间的周按相应比例衡量。0 表示不设定额：不据此计算负荷。</translation>
    </message>
    <message>
      <source>Activities a week</source>
      <translation>每周活动次数</translation>
    </message>
    <message>
      <source>Hours a week</source>
      <translation>每周小时数</translation>
    </message>
    <message>
      <source>All activities</source>
      <translation>全部活动</translation>
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
      <source>%1: activities a week</source>
      <translation>%1：每周活动次数</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source> h</source>
      <translation> 小时</translation>
    </message>
    <message>
      <source>%1: hours a week</source>
      <translation>%1：每周小时数</translation>
    </message>
    <message>
      <source>Per type (optional, shown in the week's details):</source>
      <translation>按类型（可选，显示在每周明细中）：</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadPage</name>
    <message>
      <source>Change Workload Norms</source>
      <translation>修改工作量定额</translation>
    </message>
    <message>
      <source>&amp;Norms…</source>
      <translation>定额(&amp;N)…</translation>
    </message>
    <message>
      <source>Workload and Balance</source>
      <translation>工作量与平衡</translation>
    </message>
    <message>
      <source>All teams</source>
      <translation>全部团队</translation>
    </message>
    <message numerus="yes">
      <source>Last %n week(s)</source>
      <translation>
        <numerusform>最近 %n 周</numerusform>
      </translation>
    </message>
    <message>
      <source>Activities and hours</source>
      <translation>活动次数和小时</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <source>Activities</source>
      <translation>销售活动</translation>
    </message>
    <message>
      <source>&amp;Team:</source>
      <translation>团队(&amp;T)：</translation>
    </message>
    <message>
      <source>&amp;Weeks:</source>
      <translation>周数(&amp;W)：</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation>显示(&amp;S)：</translation>
    </message>
    <message>
      <source>Workload per rep and week</source>
      <translation>每位销售人员每周的工作量</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>Edit the weekly norms the load is measured against</source>
      <translation>编辑衡量负荷所用的每周定额</translation>
    </message>
    <message>
      <source>Only a manager can change the norms.</source>
      <translation>只有经理可以修改定额。</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <source>Could not load the workload: %1</source>
      <translation>无法加载工作量：%1</translation>
    </message>
    <message>
      <source>no norm set</source>
      <translation>未设定额</translation>
    </message>
    <message>
      <source>norm %1 activities and %2 a week</source>
      <translation>定额为每周 %1 次活动、%2</translation>
    </message>
    <message>
      <source>Weeks %1 to %2 (%3 – %4), as of %5; %6. Load is logged time against the norm (a partly worked week against its part).</source>
      <translation>第 %1 至 %2 周（%3 – %4），截至 %5；%6。负荷 = 记录的时长相对定额（部分在职的周按相应比例）。</translation>
    </message>
    <message>
      <source>Workload Norms</source>
      <translation>工作量定额</translation>
    </message>
    <message>
      <source>The norms were not changed: %1</source>
      <translation>定额未修改：%1</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadResultsPanel</name>
    <message>
      <source>Activity and results</source>
      <translation>活动与业绩</translation>
    </message>
    <message>
      <source>No activity time logged in these weeks.</source>
      <translation>这些周内没有记录活动时长。</translation>
    </message>
    <message>
      <source>Revenue won per hour of activity:
  team: %1
  most: %2 (%3)
  least: %4 (%5)</source>
      <translation>每活动小时赢单收入：
  团队：%1
  最高：%2（%3）
  最低：%4（%5）</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadSummary</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <source>Nobody</source>
      <translation>无</translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Team mean load</source>
      <translation>团队平均负荷</translation>
    </message>
    <message>
      <source>Spread</source>
      <translation>离散度</translation>
    </message>
    <message>
      <source>Overloaded ▲</source>
      <translation>超负荷 ▲</translation>
    </message>
    <message>
      <source>Idle ▼</source>
      <translation>空闲 ▼</translation>
    </message>
    <message>
      <source>How much the reps' loads differ: the standard deviation divided by the mean (coefficient of variation). Below 0.15 even, above 0.35 very uneven.</source>
      <translation>销售人员负荷的差异程度：标准差除以平均值（变异系数）。低于 0.15 为均匀，高于 0.35 为很不均匀。</translation>
    </message>
    <message>
      <source>–</source>
      <translation>–</translation>
    </message>
    <message>
      <source>%1 · %2 a week</source>
      <translation>%1 · 每周 %2</translation>
    </message>
    <message>
      <source>%1 a week (no norm)</source>
      <translation>每周 %1（无定额）</translation>
    </message>
    <message>
      <source>even</source>
      <translation>均匀</translation>
    </message>
    <message>
      <source>uneven</source>
      <translation>不均匀</translation>
    </message>
    <message>
      <source>very uneven</source>
      <translation>很不均匀</translation>
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadText</name>
    <message>
      <source>Idle</source>
      <translation>空闲</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>偏轻</translation>
    </message>
    <message>
      <source>Balanced</source>
      <translation>均衡</translation>
    </message>
    <message>
      <source>Overloaded</source>
      <translation>超负荷</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <source>Too few reps, or too little difference between them, to relate activity to revenue.</source>
      <translation>销售人员太少或彼此差异太小，无法判断活动与收入的关系。</translation>
    </message>
    <message>
      <source>Activity and revenue went their own ways (r = %1): more activity did not mean more revenue.</source>
      <translation>活动与收入各自独立（r = %1）：活动更多并不意味着收入更多。</translation>
    </message>
    <message>
      <source>More activity went clearly with more revenue (r = %1).</source>
      <translation>活动越多，收入明显越多（r = %1）。</translation>
    </message>
    <message>
      <source>More activity went with somewhat more revenue (r = %1).</source>
      <translation>活动越多，收入略有增加（r = %1）。</translation>
    </message>
    <message>
      <source>More activity went with less revenue (r = %1): look at what the busiest reps spend their time on.</source>
      <translation>活动越多，收入反而越少（r = %1）：请看看最忙的销售人员把时间花在了哪里。</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Attain — sales-target management</source>
      <translation>Attain — 销售目标管理</translation>
    </message>
    <message>
      <source>The .attain database to open.</source>
      <translation>要打开的 .attain 数据库。</translation>
    </message>
    <message>
      <source>Open database</source>
      <translation>打开数据库</translation>
    </message>
  </context>
</TS>