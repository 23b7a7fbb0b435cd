using ContentApi.Data.CompiledModel;
using ContentApi.Data.Postgres.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

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
            EntityTypes(ContentDbContextModel.Instance) == EntityTypes(built),
            "Data/CompiledModel is out of date: regenerate it with scripts/add-migration's optimize step (see README.md).");
    }

    [Fact]
    public void App_UsesTheCompiledModel()
    {
        using var db = ModelContexts.Create();

        Assert.Same(ContentDbContextModel.Instance, db.Model);
    }

    [Fact]
    public void PostgresCompiledModel_MatchesTheModelBuiltFromTheConfiguration()
    {
        using var db = ModelContexts.CreatePostgres();
        var built = db.GetService<IModelSource>().GetModel(db, db.GetService<ModelCreationDependencies>(), designTime: false);

        Assert.True(
            EntityTypes(PostgresContentDbContextModel.Instance) == EntityTypes(built),
            "Data/Postgres/CompiledModel is out of date: regenerate it with scripts/add-migration's optimize step (see README.md).");
    }

    [Fact]
    public void App_OnPostgres_UsesItsCompiledModel()
    {
        using var db = ModelContexts.CreatePostgres();

        Assert.Same(PostgresContentDbContextModel.Instance, db.Model);
    }

    // Made with --nativeaot (scripts/add-migration): the accessors are code in the model, not expression trees
    // EF compiles at each start. A model regenerated without it still matches the configuration above.
    [Theory]
    [InlineData(typeof(ContentDbContextModel))]
    [InlineData(typeof(PostgresContentDbContextModel))]
    public void CompiledModels_HoldTheirAccessorsAsCode(Type model)
    {
        ArgumentNullException.ThrowIfNull(model);

        Assert.NotNull(model.Assembly.GetType($"{model.Namespace}.ArticleUnsafeAccessors"));
    }

    // The configured entity types only: raw queries of unmapped types (the search's SqlQueryRaw rows)
    // add ad-hoc entity types to the running model as other tests use it. The debug string leaves
    // value converters out, so they are listed too.
    private static string EntityTypes(IModel model) =>
        string.Join('\n', model.GetEntityTypes().Select(type =>
            type.ToDebugString(MetadataDebugStringOptions.LongDefault)
            + string.Concat(type.GetProperties().Select(p => $"\n  {p.Name} converted by {p.GetValueConverter()?.GetType().Name}"))));
}
