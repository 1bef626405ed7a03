using Yaojian.Core.Planning;
using Yaojian.Core.Planning.Files;
using Yaojian.Core.Registry;
using Yaojian.Core.Risks;
using Yaojian.Core.Tests.Planning;

namespace Yaojian.Core.Tests.Risks;

/// <summary>
/// The plan file's <c>risk_consultation</c> section: read from the real plans as the seeds say it (the device meeting
/// every quarter, the drug one "regularly"), and refused by the schema and the reader alike when it is wrong, each error
/// naming its line and field.
/// </summary>
public sealed class RiskConsultationSectionTests
{
    private const string Plan = """
        format: 1
        id: shiyi-2025
        title: 示例县2025年计划
        year: 2025
        jurisdiction:
          name: 示例县
          units:
            - { code: drug-office, name: 药品安全监督管理室, kind: office }
            - { code: device-office, name: 医疗器械安全监督管理室, kind: office }
            - { code: east-station, name: 东城市场监督管理所, kind: station }
        rules:
          - { id: retail-yearly, name: 零售每年, requirements: [SY-1], select: { kind: [retail_pharmacy] }, frequency: { every: year }, lead: territorial }
        risk_consultation:
          levels:
            - { code: high, name: 高风险, definition: 须立即管控 }
            - { code: low, name: 低风险, definition: 纳入日常监管 }
          meetings:
            - id: device-meeting
              name: 医疗器械风险会商会
              requirements: [SY-2]
              area: device
              every: quarter
              lead: device-office
              attendees: [east-station]
              signals:
                entity_kinds: [device_operator, hospital]
                sampling_categories: [device-sampling]
            - id: drug-meeting
              name: 药品安全风险会商会
              requirements: [SY-3]
              area: drug
              lead: drug-office
              signals: { entity_kinds: [retail_pharmacy, hospital] }
        sampling:
          categories:
            - { id: drug-sampling, name: 药品监督抽检, requirements: [SY-4] }
            - { id: device-sampling, name: 医疗器械监督抽检, requirements: [SY-5] }
        """;

    [Fact]
    public void Section_IsReadWithItsLevelsAndMeetings_AndAcceptedByTheSchema()
    {
        var read = PlanFileReader.Read("plan.yaml", Plan);

        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Errors));
        Assert.True(PlanSchemaYaml.Evaluate(Plan).IsValid);
        var section = read.Plan!.RiskConsultation;
        Assert.Equal(["high", "low"], section.Levels.Select(l => l.Code));
        Assert.Equal("须立即管控", section.LevelOf("high")!.Definition);
        Assert.Equal((CalendarPeriod?)CalendarPeriod.Quarter, section.MeetingOf(RiskArea.Device)!.Every);
        Assert.Null(section.MeetingOf(RiskArea.Drug)!.Every);
        Assert.Equal(["east-station"], section.MeetingOf(RiskArea.Device)!.Attendees);
        Assert.Equal("quarter", PlanJson.ToJson(read.Plan)["risk_consultation"]!["meetings"]![0]!["every"]!.GetValue<string>());
        Assert.Equal([EntityKind.Hospital, EntityKind.DeviceOperator], section.MeetingOf(RiskArea.Device)!.Signals.EntityKinds);
        Assert.Equal(["device-sampling"], section.MeetingOf(RiskArea.Device)!.Signals.SamplingCategories);
        Assert.Empty(section.MeetingOf(RiskArea.Drug)!.Signals.SamplingCategories);
        Assert.Equal("device_operator", PlanJson.ToJson(read.Plan)["risk_consultation"]!["meetings"]![0]!["signals"]!["entity_kinds"]![1]!.GetValue<string>());
    }

    [Fact]
    public void KazuoPlan_HoldsTheDeviceMeetingEveryQuarter_AndTheDrugOneWithoutAPeriod()
    {
        var plan = PlanFileReader.ReadFile(Path.Combine(PlanSchemaYaml.PlansFolder, "kazuo-2025.yaml")).Plan!;

        var device = plan.RiskConsultation.MeetingOf(RiskArea.Device)!;
        Assert.Equal((CalendarPeriod.Quarter, "device-office"), (device.Every!.Value, device.Lead));
        Assert.Equal(["KZ-M-2.11"], device.Requirements);
        Assert.Null(plan.RiskConsultation.MeetingOf(RiskArea.Drug)!.Every);
        Assert.Equal(["high", "medium", "low"], plan.RiskConsultation.Levels.Select(l => l.Code));
        Assert.Equal(["kz-device-supervisory"], device.Signals.SamplingCategories);
        Assert.Equal(["kz-drug-supervisory"], plan.RiskConsultation.MeetingOf(RiskArea.Drug)!.Signals.SamplingCategories);
        Assert.Contains(EntityKind.DeviceOperator, device.Signals.EntityKinds);
        Assert.DoesNotContain(EntityKind.DeviceOperator, plan.RiskConsultation.MeetingOf(RiskArea.Drug)!.Signals.EntityKinds);
    }

    [Fact]
    public void PlanWithoutTheSection_HasNoLevelsAndNoMeetings()
    {
        var yaml = Plan[..Plan.IndexOf("risk_consultation:", StringComparison.Ordinal)];

        Assert.Same(RiskConsultationPlan.None, PlanFileReader.Read("plan.yaml", yaml).Plan!.RiskConsultation);
    }

    [Theory]
    [InlineData("unknown area", "area: drug", "area: food", "risk_consultation.meetings[1].area")]
    [InlineData("two meetings of one area", "area: drug", "area: device", "risk_consultation.meetings[1].area")]
    [InlineData("unknown period", "every: quarter", "every: week", "risk_consultation.meetings[0].every")]
    [InlineData("unknown lead", "lead: drug-office", "lead: nobody", "risk_consultation.meetings[1].lead")]
    [InlineData("unknown attendee", "attendees: [east-station]", "attendees: [west-station]", "risk_consultation.meetings[0].attendees")]
    [InlineData("meeting without requirements", "requirements: [SY-3]", "requirements: []", "risk_consultation.meetings[1].requirements")]
    [InlineData("meeting without area", "      area: drug\n", "", "risk_consultation.meetings[1].area")]
    [InlineData("meeting id used by a rule", "id: drug-meeting", "id: retail-yearly", "risk_consultation.meetings[1].id")]
    [InlineData("unknown field", "every: quarter", "frequency: quarter", "risk_consultation.meetings[0].frequency")]
    [InlineData("level without definition", ", definition: 纳入日常监管 }", " }", "risk_consultation.levels[1].definition")]
    [InlineData("level code twice", "code: low", "code: high", "risk_consultation.levels[1].code")]
    [InlineData("level code with a space", "code: low", "code: very low", "risk_consultation.levels[1].code")]
    [InlineData("signal of an unknown kind", "[device_operator, hospital]", "[device_operator, pharmacy]", "risk_consultation.meetings[0].signals.entity_kinds[1]")]
    [InlineData("signal of an unknown sampling category", "sampling_categories: [device-sampling]", "sampling_categories: [food-sampling]", "risk_consultation.meetings[0].signals.sampling_categories")]
    [InlineData("signals naming nothing", "signals: { entity_kinds: [retail_pharmacy, hospital] }", "signals: {}", "risk_consultation.meetings[1].signals")]
    [InlineData("unknown signals field", "signals: { entity_kinds:", "signals: { kinds:", "risk_consultation.meetings[1].signals.kinds")]
    public void BrokenSection_IsRefusedByBoth_NamingTheField(string mistake, string find, string replace, string field)
    {
        Assert.Contains(find, Plan, StringComparison.Ordinal);
        var yaml = Plan.Replace(find, replace, StringComparison.Ordinal);

        var read = PlanFileReader.Read("plan.yaml", yaml);

        Assert.False(read.IsValid, $"{mistake}: the reader accepts it");
        Assert.Contains(read.Errors, e => e.Field == field && e.Line > 1);
        if (mistake is not ("two meetings of one area" or "unknown lead" or "unknown attendee" or "meeting id used by a rule" or "level code twice" or "signal of an unknown sampling category"))
        {
            Assert.False(PlanSchemaYaml.Evaluate(yaml).IsValid, $"{mistake}: the schema accepts it");
        }
    }
}
