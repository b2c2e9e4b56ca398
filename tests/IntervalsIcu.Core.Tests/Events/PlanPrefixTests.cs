using IntervalsIcu.Core.Events;

namespace IntervalsIcu.Core.Tests.Events;

public sealed class PlanPrefixTests
{
    [Theory]
    [InlineData("plan-w1-mon,plan-w1-tue", "plan-w1-")]
    [InlineData("plan-10,plan-11", "plan-")]
    [InlineData("coach:jamie:2026-03-01,coach:jamie:2026-03-02", "coach:jamie:2026-03-")]
    [InlineData("plan-w1-mon", "plan-w1-")]
    [InlineData("alpha,beta", null)]
    [InlineData("plan1,plan2", null)]
    public void From_IsTheCommonPrefixUpToItsLastSeparator(string ids, string? expected)
    {
        Assert.Equal(expected, PlanPrefix.From(ids.Split(',')));
    }
}
