<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About Attain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sales-target management: SMART targets, decomposition, KPIs, forecasts and reviews.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Licensed under the GNU General Public License, version 3 or later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log file:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AchievablePage</name>
    <message>
      <source>Achievable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is the number ambitious but reachable, judged against your own history?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target &amp;value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same period last year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At the recent run-rate:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Past periods that grew less:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chance of reaching it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>I &amp;understand and keep this target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why is this target right? (required)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeasurablePage</name>
    <message>
      <source>Measurable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How progress is counted, and where it stands today.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Computed as:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>So far:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Same period last year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RelevantPage</name>
    <message>
      <source>Relevant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which bigger goal does this target serve?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Contributes to:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Parent target:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share of the parent:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RevisionDialog</name>
    <message>
      <source>Revise Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Explanation:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What changed, and why the new value is right</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Approve directly (as manager)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SpecificPage</name>
    <message>
      <source>Specific</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What exactly should be reached, and by whom?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Measure:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;For:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Who:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The title follows your choices until you edit it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TargetDetailDialog</name>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Metric:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scope:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decomposition:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Parent:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the target this one is part of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Current target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Original target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual to date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected by now:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pace:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Projected:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress toward the current target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Breakdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click a target or press Enter to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;visions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value has never been revised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Revise…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Decompose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimeBoundPage</name>
    <message>
      <source>Time-bound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By when, and how often progress is reviewed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Which:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fro&amp;m:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;To:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Runs:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Review:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::storage::Backup</name>
    <message>
      <source>Cannot move %1 into place at %2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 already exists; choose another file name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The backup %1 does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot copy %1 to %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 cannot be restored: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::storage::Database</name>
    <message>
      <source>The file %1 does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not a file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not an Attain database. It was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot open %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is damaged or not a database (%2). It was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is an SQLite database, but not an Attain database. It was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 was written by a newer version of Attain (schema %2; this version reads up to %3). Please update Attain. The file was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot upgrade %1: the safety copy %2 could not be written (%3). The file was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cannot upgrade %1 to the current format: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::storage::DemoDatabase</name>
    <message>
      <source>Cannot move the new database into place at %1: %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::storage::DemoReviews</name>
    <message>
      <source>Pipeline coverage for December is thin; two large proposals are waiting for the customer's budget.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every rep calls back their stalled proposals before Friday.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Call back the three stalled proposals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update the December forecast in the pipeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Book demos with two key accounts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two proposals moved to negotiation; one key account postponed its demo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prepare the year-end push before the next review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft the year-end push plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Strong month on new customers; visits are below the team's average.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two customer visits a week until the end of the year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan two customer visits a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Share the renewal checklist with the team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue is behind the yearly pace in two regions; the online channel grows fastest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move one presales engineer to the team furthest behind for the rest of the quarter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review discount exceptions above 15%</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::storage::ReviewTemplates</name>
    <message>
      <source>Weekly team review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pipeline and forecast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Targets at risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last week's action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next week's focus</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly business review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Results against targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Risks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Adjustments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One-on-one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Own targets and pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Blockers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Coaching</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — %2 — %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::AboutDialog</name>
    <message>
      <source>&lt;h2&gt;Attain %1&lt;/h2&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::AchievabilityChart</name>
    <message>
      <source>10,000 yuan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>million yuan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>10,000 %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>million %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80% range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>95% range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 per month</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::AchievablePage</name>
    <message>
      <source>under 1%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>over 99%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 12,000,000 or 1200万</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter a value to see how it compares with your history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Not judged&lt;/b&gt;: the check looks for growth, and here lower is better.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Not judged&lt;/b&gt;: no complete month of history before the period starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: the target asks for %2</source>
      <comment>base value, growth</comment>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 of %n comparable period(s)</source>
      <translation>
        <numerusform>%1 of %n comparable period</numerusform>
        <numerusform>%1 of %n comparable periods</numerusform>
      </translation>
    </message>
    <message>
      <source>%1, 80% range %2 – %3</source>
      <comment>forecast median, low, high</comment>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>History ends with %1; the %n month(s) until the target starts are assumed to repeat the year before.</source>
      <translation>
        <numerusform>History ends with %1; the month until the target starts is assumed to repeat the year before.</numerusform>
        <numerusform>History ends with %1; the %n months until the target starts are assumed to repeat the year before.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 does not add up over months, so the target is compared with single months.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;Too low&lt;/b&gt;: asks for no real growth, or less than almost every past period achieved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;Comfortable&lt;/b&gt;: at or below the growth of a typical past period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;Stretch&lt;/b&gt;: above a typical past period, but the better ones reached it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;Unrealistic&lt;/b&gt;: above what nearly every past period achieved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;Not enough history&lt;/b&gt; to judge: too few comparable past periods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;▼&lt;/span&gt; &lt;b&gt;Too low&lt;/b&gt;: the forecast makes it near-certain (a chance of %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#1b7f3b'&gt;✔&lt;/span&gt; &lt;b&gt;Comfortable&lt;/b&gt;: the forecast gives it a chance of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b26a00'&gt;▲&lt;/span&gt; &lt;b&gt;Stretch&lt;/b&gt;: the forecast gives it a chance of %1, less than even.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;span style='color:#b00020'&gt;⚠&lt;/span&gt; &lt;b&gt;Unrealistic&lt;/b&gt;: the forecast gives it a chance of %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By past growth alone it would be too low.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By past growth alone it would be comfortable: a typical past period grew %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By past growth alone it would be a stretch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By past growth alone it would be unrealistic.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There are too few comparable past periods to judge it by past growth.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2</source>
      <comment>the verdict, then what past growth alone says</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActionItemDelegate</name>
    <message>
      <source>(nobody)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActionItemsModel</name>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
Linked target: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Linked target</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivitiesModel</name>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivitiesPage</name>
    <message>
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log an activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the activities: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No activities match these filters.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n activities, %1 minutes</source>
      <translation>
        <numerusform>%n activity, %1 minutes</numerusform>
        <numerusform>%n activities, %1 minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>Log Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 with %2 on %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the activity “%1”?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityCommands</name>
    <message>
      <source>%1 with %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityEntryForm</name>
    <message>
      <source>Re&amp;p:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys 1–5 or the first letter choose the type.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What happened, next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Type:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;uration:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1′</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Customer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;eal:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Outcome:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the rep who did the activity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No customer is named “%1”; pick one from the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No deal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityFilterBar</name>
    <message>
      <source>&amp;Rep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All types</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search notes and customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;ype:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;From:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityScatterWidget</name>
    <message>
      <source>No activities or revenue to show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities against revenue by rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The arrow keys step from rep to rep; Enter opens the selected rep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (10,000 yuan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (10,000 %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (million yuan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (million %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (thousand yuan)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (thousand %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Selected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities logged (count)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average: %1 per activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No rep logged an activity in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue per activity: %1, %2 (the only rep with activities).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Most revenue per activity: %1 (%2); least: %3 (%4).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
Activities: %2
Revenue: %3
Deals won: %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue per activity: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click a point, or use the arrow keys and Enter on the chart, to open a rep.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityText</name>
    <message>
      <source>Positive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Neutral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Negative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prospecting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qualification</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Negotiation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2 · closed %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2 · expected %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ActivityType</name>
    <message>
      <source>Call</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::AddActionItemCommand</name>
    <message>
      <source>Delete action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add action item</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::BreakdownChart</name>
    <message>
      <source>Breakdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click a bar, or choose one with the arrow keys and press Enter, to drill into it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (top %2 of %3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment of revenue target (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected by now %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous period, same days: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No revenue target of its own for this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deals won: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conversion rate: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Click or press Enter to drill down.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment by team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue by team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment by rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue by rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment by channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue by channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment by product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue by product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment by region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue by region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not assigned)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::CsatSummaryWidget</name>
    <message>
      <source>Customer satisfaction (CSAT)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean time to resolve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 / 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Responses: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No feedback in this period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complaints received: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved complaints: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No complaint resolved with a date yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::CsatTableModel</name>
    <message>
      <source>No rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean score %1 of 5: %2 points from %3 responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open complaints: not resolved yet (open or in progress)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSAT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::CustomerComboBox</name>
    <message>
      <source>Type part of the name</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DashboardPage</name>
    <message>
      <source>Break down &amp;by:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fro&amp;m:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;o:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;eam:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Rep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pro&amp;duct line:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Channel:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reg&amp;ion:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scope:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Break down by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This fiscal quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This fiscal year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last fiscal quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last fiscal year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custom range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The last day is before the first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2 – %3)</source>
      <comment>period, first day, last day</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All channels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All product lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the dashboard: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every dimension is chosen: nothing left to break down.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Figures to date: %n day(s) of the period, compared with the same days of the previous period (%1 – %2).</source>
      <translation>
        <numerusform>Figures to date: %n day of the period, compared with the same day of the previous period (%1 – %2).</numerusform>
        <numerusform>Figures to date: %n days of the period, compared with the same days of the previous period (%1 – %2).</numerusform>
      </translation>
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n month(s) of amounts in other currencies have no exchange rate and are left out.</source>
      <translation>
        <numerusform>%n month of amounts in other currencies has no exchange rate and is left out.</numerusform>
        <numerusform>%n months of amounts in other currencies have no exchange rate and are left out.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n market figure(s) in another currency are left out of the market share.</source>
      <translation>
        <numerusform>%n market figure in another currency is left out of the market share.</numerusform>
        <numerusform>%n market figures in another currency are left out of the market share.</numerusform>
      </translation>
    </message>
    <message>
      <source>Some records changed since the dashboard's figures were last brought up to date; reopen the file to refresh them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Leaderboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ris&amp;ks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Activity vs results</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DashboardTileText</name>
    <message>
      <source>Attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap to target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSAT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue to date as a share of the period's revenue target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue to date as a share of what the target expects by now (by working days); 100% means on schedule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How much revenue is still needed to reach the target; negative once it is exceeded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 pp</source>
      <comment>percentage points</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>better</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>worse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected by now %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs %1 a working day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs %1 a day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No target is set for this metric, scope and period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was expected by this date yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The target is already reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No ratio can be computed for this target; it is judged by whether it is met.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual is %1 of what was expected by now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period is over: %1 of the target was reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The current value is %1 of the target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 needs %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not defined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 – %2</source>
      <comment>first day, last day</comment>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Previous period (%1, the same %n day(s)): %2</source>
      <translation>
        <numerusform>Previous period (%1, the same %n day): %2</numerusform>
        <numerusform>Previous period (%1, the same %n days): %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Change: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(the sum of the targets of its parts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(pro-rated from a target for a longer period)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status: %1. %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DatabaseOpener</name>
    <message>
      <source>Opening the database (an older file is brought up to date)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open Database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DealCommands</name>
    <message>
      <source>Add %1 deal with %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit %1 deal with %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete %1 deal with %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DealDialog</name>
    <message>
      <source>E&amp;xpected close:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Price, timing, chose a competitor …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The customer's</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Owner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Customer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Amount:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;losed on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost &amp;reason:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Com&amp;petitor:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;hannel:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product l&amp;ine:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;gion:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the rep who owns the deal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the deal's customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No customer is named “%1”; pick one from the list.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DealFilterBar</name>
    <message>
      <source>O&amp;wner:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All stages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 30 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 90 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deals created or closed in this period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search customers, competitors and lost reasons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tage:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DealsModel</name>
    <message>
      <source>closed %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shared with you; only its owner, %1, or a manager can change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Competitor: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product line</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DealsPage</name>
    <message numerus="yes">
      <source>%n open deals</source>
      <translation>
        <numerusform>%n open deal</numerusform>
        <numerusform>%n open deals</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n open deals worth %1</source>
      <translation>
        <numerusform>%n open deal worth %1</numerusform>
        <numerusform>%n open deals worth %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deals, %1 open</source>
      <translation>
        <numerusform>%n deal, %1 open</numerusform>
        <numerusform>%n deals, %1 open</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n deals, %1 open worth %2</source>
      <translation>
        <numerusform>%n deal, %1 open worth %2</numerusform>
        <numerusform>%n deals, %1 open worth %2</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;New Deal…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark Won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark Lost…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New deal (Ctrl+Shift+D)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the deals: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No deals match these filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None of your deals match these filters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This deal is shared with you; only its owner, %1, or a manager can change it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit Deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The deal with %1 is now %2. Ctrl+Z undoes it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark Lost</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why was the deal with %1 lost?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the deal with %1?</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionCommands</name>
    <message>
      <source>Equal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year's share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seasonality</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit %1, %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Lock %n cell(s)</source>
      <translation>
        <numerusform>Lock %n cell</numerusform>
        <numerusform>Lock %n cells</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Unlock %n cell(s)</source>
      <translation>
        <numerusform>Unlock %n cell</numerusform>
        <numerusform>Unlock %n cells</numerusform>
      </translation>
    </message>
    <message>
      <source>Split: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionDialog</name>
    <message>
      <source>Break Down Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split the company target over:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only targets that add up (revenue, units, deals, customers, activities) can be split.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The sales data has problems (for example a missing exchange rate); fix them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company targets split over teams and team targets over reps; this target's scope has no level below it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is nobody to split this target over yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Teams</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sales channels</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product lines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Regions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionEditor</name>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Lock Cells</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Split %1 (%2) into %n child target(s)</source>
      <translation>
        <numerusform>Split %1 (%2) into %n child target</numerusform>
        <numerusform>Split %1 (%2) into %n child targets</numerusform>
      </translation>
    </message>
    <message>
      <source>the target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lock or unlock the selected cells (Ctrl+L): locked cells keep their values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Method:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split method</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No history was given for these rows and periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit a cell to set it: it is locked and the rest of its row adjusts, so the total stays exact. Ctrl+L locks or unlocks the selected cells. Values in %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child targets by row and period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Difference to parent: %1 — reconciled, the children add up to %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Difference to parent: %1 — not reconciled: the children add up to %2, the parent is %3. Apply a method to reconcile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every unlocked cell gets the same share.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlocked cells follow last year's values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Periods weighted by last year's seasonality; rows share equally.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Periods weighted by a seasonality profile (flat without monthly history); rows share equally.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Values set by hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Un&amp;lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not changed: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview by period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stacked bars of the child targets per period</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DecompositionModel</name>
    <message>
      <source>Total (read only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked: kept when the grid is re-spread. Ctrl+L unlocks it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit to set this value; the unlocked cells of its row adjust. Ctrl+L locks it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 to %2</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>“%1” is not a number with at most %n decimal(s).</source>
      <translation>
        <numerusform>“%1” is not a number with at most %n decimal.</numerusform>
        <numerusform>“%1” is not a number with at most %n decimals.</numerusform>
      </translation>
    </message>
    <message>
      <source>Q%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>W%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No history was given for these rows and periods: choose another method.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The locked cells and the value entered add up to %1, more than the %2 they share. Enter a smaller value or unlock a cell (Ctrl+L).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every other cell involved is locked, so nothing can absorb the change. Unlock a cell first (Ctrl+L).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year's values for the unlocked cells are all zero: choose another method.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is nothing to split into: the decomposition has no rows or periods.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This split cannot be made with the values given.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::DemoDatabaseTask</name>
    <message>
      <source>Generating a demo company with %1 reps and %2 years of sales…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New demo database</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::EditActionItemCommand</name>
    <message>
      <source>Change action item status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit action item</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackCommand</name>
    <message>
      <source>Record Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolve Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reopen Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Feedback</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackDialog</name>
    <message>
      <source>This is a &amp;complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type to search customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score from 1 to 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the customer said</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>C&amp;ustomer:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>R&amp;ep:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recei&amp;ved on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Score (1–5):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Notes:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No customer has this name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a score from 1 (very unhappy) to 5 (very happy).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackModel</name>
    <message>
      <source>No rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score %1 of 5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackPage</name>
    <message>
      <source>Customer feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record &amp;Feedback…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+F</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search customer, rep, notes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Complaints only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open complaints only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show &amp;All</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Resolve…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+R</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the feedback: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>customer %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>rep %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No feedback received in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Showing %1 of %2 feedback records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Showing %1 of %2 feedback records: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolution (%1): %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolution: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the change: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::FeedbackText</name>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 days</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::KpiTile</name>
    <message>
      <source>no data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no previous figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2</source>
      <comment>change, better or worse</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::LeaderboardModel</name>
    <message>
      <source>Rank %1, %2 medal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 medal: rank %2 by attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No revenue target for this rep and period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous period over the same number of days: %1
This period: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No monthly revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly revenue, oldest first (the last month is to date):
%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By attainment of the revenue target; reps without a target follow, by revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue against the previous period over the same number of days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly revenue; the last month is to date (dotted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Trend</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::LeaderboardWidget</name>
    <message>
      <source>No reps to rank.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaderboard</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::MainWindow</name>
    <message>
      <source>Break Down Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is %1's rep database: it always works as %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manager: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Work As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Target</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>The sales data has %n problem(s) (for example a missing exchange rate); fix them before setting targets.</source>
      <translation>
        <numerusform>The sales data has %n problem (for example a missing exchange rate); fix it before setting targets.</numerusform>
        <numerusform>The sales data has %n problems (for example a missing exchange rate); fix them before setting targets.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;Demo Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Log Activity…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export &amp;Table…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Target…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+T</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Work As…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;New Review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ctrl+Shift+R</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Workload</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;eals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About Attain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 already exists. Choose a new file name, or open it with File ▸ Open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New demo database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That database is open; choose another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Clear List</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No database open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — Attain</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Local file: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attain databases (*.attain);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::MeasurablePage</name>
    <message>
      <source>%1, %2</source>
      <comment>scope, period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no value (nothing to count)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>value (date range)</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not started: the period begins on %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No comparable period a year earlier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 points</source>
      <comment>change of a percentage</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shown once the period has started.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of %1. The period is chosen on the Time-bound page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 to %2</source>
      <comment>first day, last day</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::MergeConflictDialog</name>
    <message numerus="yes">
      <source>&amp;Apply to all remaining conflicts (%n more)</source>
      <translation>
        <numerusform>&amp;Apply to all remaining conflicts (%n more)</numerusform>
        <numerusform>&amp;Apply to all remaining conflicts (%n more)</numerusform>
      </translation>
    </message>
    <message>
      <source>Conflicting Edits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;%1 of %2 (%3)&lt;/b&gt; was changed both in this database and by %4.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose which version to keep. Both versions are saved in the merge history whichever you choose. Fields marked ≠ differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep &amp;Mine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this database's version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take &amp;Theirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Replace it with %1's version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import nothing from this pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yours (this database)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Theirs (%1's pack)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Feedback</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last edited (UTC)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Amount (minor units)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Currency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lost reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Competitor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Credit split</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved on</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::MetricFormat</name>
    <message>
      <source>Ahead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Off track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resource change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Difficulty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Proposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rejected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer group</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::MetricText</name>
    <message>
      <source>Revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Units sold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deals won</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conversion rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Retention rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Average deal size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sales cycle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customer satisfaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Market share</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue growth</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open pipeline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The net amount of the deals won in the period, converted at each month's exchange rate; returns and refunds count as negative amounts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The units sold on the deals won in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The number of deals won in the period; a rep's share of a shared deal counts as a fraction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Customers whose first ever won deal closed in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deals won divided by deals closed (won or lost) in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The share of the customers who bought in the previous period who bought again in this one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount of the deals won divided by their number (returns left out).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The average number of days from a deal's creation to its close, over the deals won in the period; lower is better.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The mean score (1 to 5) of the customer feedback received in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calls, visits and meetings logged in the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue divided by the market size of the scope's region and product line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue growth over the same period one year earlier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The amount of the deals still open at the end of the period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yuan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>points (1–5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>deals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 days</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::NewReviewDialog</name>
    <message>
      <source>New Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Template:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;For:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;itle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Agenda:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schedule</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::OverviewPage</name>
    <message>
      <source>Revenue against target by team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the overview: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database has no teams yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 company total: %2 won of %3 target (%4), gap %5</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 company total: %2 won; no revenue targets are set for this year.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n won deal(s) in other currencies are not included: exchange rates are not set up yet.</source>
      <translation>
        <numerusform>%n won deal in another currency is not included: exchange rates are not set up yet.</numerusform>
        <numerusform>%n won deals in other currencies are not included: exchange rates are not set up yet.</numerusform>
      </translation>
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Won revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target and won revenue, %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (10,000 %1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue (%1 millions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1
%2: %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::PackImportTask</name>
    <message>
      <source>Checking and merging the data pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Rep Data Pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This pack from %1 was already imported on %2. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The import was cancelled. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n new</source>
      <translation>
        <numerusform>%n new</numerusform>
        <numerusform>%n new</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated</source>
      <translation>
        <numerusform>%n updated</numerusform>
        <numerusform>%n updated</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unchanged</source>
      <translation>
        <numerusform>%n unchanged</numerusform>
        <numerusform>%n unchanged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept as edited here</source>
      <translation>
        <numerusform>%n kept as edited here</numerusform>
        <numerusform>%n kept as edited here</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) kept yours</source>
      <translation>
        <numerusform>%n conflict kept yours</numerusform>
        <numerusform>%n conflicts kept yours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n conflict(s) took theirs</source>
      <translation>
        <numerusform>%n conflict took theirs</numerusform>
        <numerusform>%n conflicts took theirs</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::RankMedal</name>
    <message>
      <source>Gold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Silver</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bronze</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RecordStore</name>
    <message>
      <source>No database is open.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RelevantPage</name>
    <message>
      <source>Nothing: a top-level target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>title (period)</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of %2 in %3</source>
      <comment>value of metric in period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None. Linking a target to a bigger one shows how each part serves the whole.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not a share: %1 does not add up across targets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of the parent's %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RepPackActions</name>
    <message>
      <source>Create Re&amp;p Database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export Data Pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Import Rep Data Pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a database first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This is a rep's database; only the manager's database hands out and merges data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a manager can do this (Targets ▸ Work As…).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write a rep's personal database to take on a laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge the activities, deals and feedback a rep exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write your activities, deals and feedback to a file for your manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a rep database exports a data pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create Rep Database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database has no reps yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create a personal database for:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing %1's database…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created %1 for %2 with %3 deals, %4 activities and %5 feedback entries.

Copy it to the rep's laptop; the rep opens it with File ▸ Open and sends back a data pack with File ▸ Export Data Pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export Data Pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing the data pack…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote %1 deals, %2 activities and %3 feedback entries to %4.

Send this file to your manager, who imports it with File ▸ Import Rep Data Pack.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Import Rep Data Pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was imported.

%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attain data packs (*.attainpack);;All files (*)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ResolveComplaintDialog</name>
    <message>
      <source>The complaint is &amp;resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolve Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, rep %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — received %2, score %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was done: called back, replaced, refunded …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;solution:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resolved &amp;on:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say what was done before closing the complaint.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not resolved yet: the complaint stays in progress.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without a resolution the complaint stays open.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RevenueLineChart</name>
    <message>
      <source>Cumulative revenue against target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>80% range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>95% range</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1% chance of reaching the target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>target reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>target missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue to %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast for the period: %1 (80%: %2 – %3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cumulative revenue, %1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (no revenue target)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2</source>
      <comment>chart, probability</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue to date: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Expected by the target: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Forecast to %1: %2 (80%: %3 – %4; 95%: %5 – %6)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>100 million yuan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>100 million %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>thousand yuan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>thousand %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewBriefingWidget</name>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual / target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In trouble (at risk or off track) since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Targets (loading…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Targets on %1 — figures as of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 / %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No targets of this scope cover %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Risks: none — every target is on track or ahead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ &lt;b&gt;Risks — at risk or off track: %1 of %2.&lt;/b&gt; First: %3 — %4</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(Point at a status for why.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none yet since %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 – %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>since the previous review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>in the last cycle (no earlier review)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Activities %1 (%2): %n logged, %3 h</source>
      <translation>
        <numerusform>Activities %1 (%2): %n logged, %3 h</numerusform>
        <numerusform>Activities %1 (%2): %n logged, %3 h</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewDetailWidget</name>
    <message>
      <source>&amp;Mark as Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Schedule &amp;Next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark &amp;Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Add Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Close Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>De&amp;lete Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a review on the left, or schedule one with Reviews ▸ New Review… (Ctrl+Shift+R).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was discussed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What was decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;ecisions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewListModel</name>
    <message>
      <source>Weekly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1:1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewText</name>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 — overdue %n day(s)</source>
      <translation>
        <numerusform>%1 — overdue %n day</numerusform>
        <numerusform>%1 — overdue %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::ReviewsPage</name>
    <message>
      <source>Show reviews for</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New Review…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the reviews: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All reviews</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>One-on-ones with %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit decisions</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Carried over from earlier reviews (%n)</source>
      <translation>
        <numerusform>Carried over from earlier reviews (%n)</numerusform>
        <numerusform>Carried over from earlier reviews (%n)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>⚠ %n overdue</source>
      <translation>
        <numerusform>⚠ %n overdue</numerusform>
        <numerusform>⚠ %n overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Action items of this review (%n)</source>
      <translation>
        <numerusform>Action items of this review (%n)</numerusform>
        <numerusform>Action items of this review (%n)</numerusform>
      </translation>
    </message>
    <message>
      <source>Only a manager can schedule a review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark as held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete Review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete “%1” and its action items? This cannot be undone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New action item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 on %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>previous review %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>first review of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>scheduled by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agenda: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionDialog</name>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a reason…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Without approval the change is proposed and waits in the target's history; the value stays as it is until then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The change is proposed and waits for a manager's approval.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionHistoryDialog</name>
    <message>
      <source>&amp;Approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Reject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the history: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual to date: %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No actual to date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Original value %1 (attainment %2); current value %3 (attainment %4).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value has never been revised.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the decision: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RevisionTable</name>
    <message>
      <source>Proposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Old value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment at new value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Explanation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Decided by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RiskModel</name>
    <message numerus="yes">
      <source>%1 (%n day(s))</source>
      <translation>
        <numerusform>%1 (%n day)</numerusform>
        <numerusform>%1 (%n days)</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::RiskPanel</name>
    <message>
      <source>Targets at risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The targets could not be loaded: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No target is at risk or off track.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 target at risk or off track</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n targets at risk or off track</source>
      <translation>
        <numerusform>%n target at risk or off track</numerusform>
        <numerusform>%n targets at risk or off track</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>attain::ui::SalesSnapshot</name>
    <message>
      <source>Loading the sales data…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::ScopeBreadcrumb</name>
    <message>
      <source>Scope path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back to %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::SmartTargetWizard</name>
    <message>
      <source>New SMART Target</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::SpecificPage</name>
    <message>
      <source>Choose a measure…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The whole company</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A sales channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A product line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A region</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filled in from your choices</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Everyone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a team…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a rep…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2)</source>
      <comment>rep (team)</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a sales channel…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a region…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a product line…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TableViewCsv</name>
    <message>
      <source>Export to CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The table has no data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export to CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The table could not be written to %1:
%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This page has no table to export.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetDetailDialog</name>
    <message>
      <source>Breakdown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revisions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Propose a new value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split this target over teams or reps and periods</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every revision, with approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This target and its breakdown as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read the revisions: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 — Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No owner set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (%2 to %3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In trouble since %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked by %1 on %2: its value cannot change until a manager unlocks it.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n revision(s) waiting for a decision: History… (Ctrl+H) approves or rejects them.</source>
      <translation>
        <numerusform>%n revision waiting for a decision: History… (Ctrl+H) approves or rejects it.</numerusform>
        <numerusform>%n revisions waiting for a decision: History… (Ctrl+H) approves or rejects them.</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The value before its first approved revision.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 to go</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exceeded by %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Met, %1 below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 above the target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period's total if the pace so far holds to its end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The share of the current target due by the as-of date, by working days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual against what was expected by now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 of the current target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No attainment yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Breakdown (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not broken down</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Split into %n target(s) (%1)</source>
      <translation>
        <numerusform>Split into %n target (%1)</numerusform>
        <numerusform>Split into %n targets (%1)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Split into %n target(s)</source>
      <translation>
        <numerusform>Split into %n target</numerusform>
        <numerusform>Split into %n targets</numerusform>
      </translation>
    </message>
    <message>
      <source>Its value came from its parent (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None: a top-level target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re&amp;visions (%1)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This target is no longer in the list (the database changed or it was removed).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not export: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetDraft</name>
    <message>
      <source>FY%1</source>
      <comment>fiscal year named by the year it starts in</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 %2</source>
      <comment>month name, year</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 Q%2</source>
      <comment>year, quarter number</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetRights</name>
    <message>
      <source>Only a manager locks or unlocks targets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked by %1: a manager must unlock it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A rep proposes changes to their own targets only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only targets that add up (revenue, deals, customers …) can be split.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Company targets split over teams and team targets over reps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a manager breaks targets down.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetWizardState</name>
    <message>
      <source>company</source>
      <comment>as in: grow company revenue</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cut %1 %2 in %3</source>
      <comment>scope, metric, period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grow %1 %2 in %3</source>
      <comment>scope, metric, period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cut %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raise %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grow %1 %2 to %3 in %4</source>
      <comment>scope, metric, value, period</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose what the target measures.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the team this target is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the rep this target is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the sales channel this target is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the product line this target is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the region this target is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the target a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the target value: a target without a number cannot be measured.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1” is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A rate lies between 0% and 100%.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Satisfaction scores run from 1 to 5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The target cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A target of zero asks for nothing: enter the value to reach.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The forecast gives this target little chance: tick the acknowledgement and say why it is right, or lower it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Above what nearly every past period achieved: tick the acknowledgement and say why this target is right, or lower it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The forecast makes this target near-certain: tick the acknowledgement and say why it is right, or raise it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This asks for no real growth: tick the acknowledgement and say why this target is right, or raise it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The parent target no longer exists: choose another or none.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The parent target measures %1: a target that contributes to it must measure the same.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not part of the parent target's scope.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 is not inside the parent target's period (%2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The target has the parent's scope and period, so it narrows nothing: choose a narrower scope or a shorter period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This target cannot sit under the chosen parent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This period ended on %1: a target must still lie ahead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With this period the value is judged %1: go back to Achievable and acknowledge it, or change the value.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unrealistic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>too low</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsCsv</name>
    <message>
      <source>Export Targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file could not be written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsModel</name>
    <message>
      <source>In trouble since %1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Locked by %1 on %2.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n revision(s) waiting for a decision</source>
      <translation>
        <numerusform>%n revision waiting for a decision</numerusform>
        <numerusform>%n revisions waiting for a decision</numerusform>
      </translation>
    </message>
    <message>
      <source>Against the original target of %1: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Metric</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to measure yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period has not started yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was expected by this date yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The target is already reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No ratio can be computed for this target; it is judged by whether it is met.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actual is %1 of what was expected by now (%2 of %3).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The period is over: %1 of the target was reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The current value is %1 of the target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 needs %2.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs %1 more per working day than the last %2 days (%3 a day against %4).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs %1 more per day than the last %2 days (%3 a day against %4).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TargetsPage</name>
    <message>
      <source>&amp;Revise…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Decompose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Targets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search title, metric or scope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 2026 or 2026Q3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All scopes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Search:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Period:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;cope:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;tatus:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the targets: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database has no targets yet.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n target(s)</source>
      <translation>
        <numerusform>%n target</numerusform>
        <numerusform>%n targets</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n target(s) shown</source>
      <translation>
        <numerusform>%1 of %n target shown</numerusform>
        <numerusform>%1 of %n targets shown</numerusform>
      </translation>
    </message>
    <message>
      <source>Un&amp;lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not change the lock: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the database: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not save the revision: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>targets.csv</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not export: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TeamRevenueModel</name>
    <message>
      <source>no target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team code: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Target</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Won revenue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attainment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::TimeBoundPage</name>
    <message>
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fiscal quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quarter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fiscal year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Custom dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weekly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Quarterly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Q%1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Month:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quarter:</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%1 to %2 (%n day(s))</source>
      <translation>
        <numerusform>%1 to %2 (%n day)</numerusform>
        <numerusform>%1 to %2 (%n days)</numerusform>
      </translation>
    </message>
    <message>
      <source>—</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>“%1”, reviewed %2.</source>
      <comment>title, review cadence</comment>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::UndoActions</name>
    <message>
      <source>Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Undo %1 (Ctrl+Z)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Redo %1 (Ctrl+Shift+Z)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkAsDialog</name>
    <message>
      <source>Work As</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Manager (approves, rejects and locks targets)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This file has no logins: whom you work as decides which actions Attain offers and signs your changes. A rep may propose changes to their own targets; only a manager approves them or locks a target.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Work as:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadModel</name>
    <message>
      <source>–</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>On average %1 activities and %2 a week (%n weekday(s) worked in the range).</source>
      <translation>
        <numerusform>On average %1 activities and %2 a week (%n weekday worked in the range).</numerusform>
        <numerusform>On average %1 activities and %2 a week (%n weekdays worked in the range).</numerusform>
      </translation>
    </message>
    <message>
      <source>By time: %1
By count: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not employed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No norm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1, week %2 of %3 (%4 – %5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: %2 · %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> (%1 of its norm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Other types: %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Total: %1 · %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not employed this week (not counted).</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Load: %1 of the norm (%2) over %n weekday(s).</source>
      <translation>
        <numerusform>Load: %1 of the norm (%2) over %n weekday.</numerusform>
        <numerusform>Load: %1 of the norm (%2) over %n weekdays.</numerusform>
      </translation>
    </message>
    <message>
      <source>W%1
%2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>d MMM</source>
      <comment>week column date</comment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>ISO week %1 of %2, from Monday %3</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mean per full week worked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Per week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours/week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Logged time against the norm over the range (count when the norm has no time)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Load</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idle &lt; 50 %, Light 50–80 %, Balanced 80–120 %, Overloaded &gt; 120 %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Class</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadNormsDialog</name>
    <message>
      <source>Workload Norms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What a rep is expected to log in a full five-day week. A rep who worked only part of a week is measured against that part. 0 means no norm: no load is computed against it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;%1&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: activities a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1: hours a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Per type (optional, shown in the week's details):</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadPage</name>
    <message>
      <source>Change Workload Norms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Norms…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workload and Balance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All teams</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Last %n week(s)</source>
      <translation>
        <numerusform>Last %n week</numerusform>
        <numerusform>Last %n weeks</numerusform>
      </translation>
    </message>
    <message>
      <source>Activities and hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Team:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Weeks:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workload per rep and week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the weekly norms the load is measured against</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only a manager can change the norms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not load the workload: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no norm set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>norm %1 activities and %2 a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weeks %1 to %2 (%3 – %4), as of %5; %6. Load is logged time against the norm (a partly worked week against its part).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workload Norms</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The norms were not changed: %1</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadResultsPanel</name>
    <message>
      <source>Activity and results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No activity time logged in these weeks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Revenue won per hour of activity:
  team: %1
  most: %2 (%3)
  least: %4 (%5)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadSummary</name>
    <message>
      <source>%1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team mean load</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spread</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overloaded ▲</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idle ▼</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How much the reps' loads differ: the standard deviation divided by the mean (coefficient of variation). Below 0.15 even, above 0.35 very uneven.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>–</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · %2 a week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 a week (no norm)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>even</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>uneven</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>very uneven</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>attain::ui::WorkloadText</name>
    <message>
      <source>Idle</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Balanced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overloaded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too few reps, or too little difference between them, to relate activity to revenue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Activity and revenue went their own ways (r = %1): more activity did not mean more revenue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More activity went clearly with more revenue (r = %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More activity went with somewhat more revenue (r = %1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More activity went with less revenue (r = %1): look at what the busiest reps spend their time on.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Attain — sales-target management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The .attain database to open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open database</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>