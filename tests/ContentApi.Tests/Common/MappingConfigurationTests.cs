using ContentApi.Common;

namespace ContentApi.Tests.Common;

public sealed class MappingConfigurationTests
{
    [Fact]
    public void MappingConfiguration_CompilesEveryMapAndProjection()
    {
        var config = ContentApiServices.CreateMappingConfig();

        Assert.NotEmpty(config.RuleMap);
        config.Compile();
        config.CompileProjection();
    }
}
