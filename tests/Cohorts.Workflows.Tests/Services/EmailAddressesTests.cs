using Cohorts.Workflows.Services;

namespace Cohorts.Workflows.Tests.Services;

/// <summary>Which texts can be an e-mail address the host writes to.</summary>
public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("anne@example.fr")]
    [InlineData("a.b+cohort@sub.example.org")]
    [InlineData("jérôme.dupont@exemple.fr")]
    [InlineData("  padded@example.fr ")]
    public void IsPlausible_AnAddress_IsOne(string address) => Assert.True(EmailAddresses.IsPlausible(address));

    [Theory]
    [InlineData("zzz")]
    [InlineData("@example.fr")]
    [InlineData("anne@")]
    [InlineData("anne@@example.fr")]
    [InlineData("a@b@example.fr")]
    [InlineData("a b@example.fr")]
    [InlineData("anne@example..fr")]
    [InlineData("anne@.example.fr")]
    [InlineData("\"Boss\" <boss@example.fr>")]
    [InlineData("a,b@example.fr")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")@x.fr")]
    [InlineData("anne\u202e@example.fr")]
    [InlineData("anne\r\nBcc: x@example.fr")]
    public void IsPlausible_NotAnAddress_IsNot(string address) => Assert.False(EmailAddresses.IsPlausible(address));
}
