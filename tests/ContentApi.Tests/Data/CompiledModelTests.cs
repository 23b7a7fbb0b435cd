using ContentApi.Data;
using ContentApi.Data.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ContentApi.Tests.Data;

/// <summary>
/// The app runs on the committed compiled model, so a change to an entity or its configuration must
/// be followed by regenerating it (the command is in README.md, next to the migrations one).
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void CompiledModel_MatchesTheModelBuiltFromTheConfiguration()
    {
        using var db = ModelContexts.Create();
        var built = db.GetService<IModelSource>().GetModel(db, db.GetService<ModelCreationDependencies>(), designTime: false);

        Assert.True(
            ContentDbContextModel.Instance.ToDebugString(MetadataDebugStringOptions.LongDefault)
                == built.ToDebugString(MetadataDebugStringOptions.LongDefault),
            "Data/CompiledModel is out of date: regenerate it with `dotnet ef dbcontext optimize` (see README.md).");
    }

    [Fact]
    public void App_UsesTheCompiledModel()
    {
        using var db = ModelContexts.Create();

        Assert.Same(ContentDbContextModel.Instance, db.Model);
    }
}
