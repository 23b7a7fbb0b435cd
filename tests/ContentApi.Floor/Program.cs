using Microsoft.EntityFrameworkCore;

// What any ASP.NET Core app with EF Core on SQLite pays to start: the same host, a new database with one
// table, seven rows saved, then the first list query answered, on the route the cold-start benchmark polls.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddDbContext<FloorDb>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Content") ?? "Data Source=floor.db"));
var app = builder.Build();

using (var scope = app.Services.CreateScope())
{
    var db = scope.ServiceProvider.GetRequiredService<FloorDb>();
    await db.Database.EnsureCreatedAsync();
    db.Items.AddRange(Enumerable.Range(0, 7).Select(i => new FloorItem { Title = $"Item {i}", PublishedAt = DateTime.UtcNow.AddDays(-i) }));
    await db.SaveChangesAsync();
}

app.MapGet("/{**path}", async (FloorDb db) => await db.Items.OrderByDescending(i => i.PublishedAt).Take(1).ToListAsync());
await app.RunAsync();

internal sealed class FloorItem
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public DateTime PublishedAt { get; set; }
}

internal sealed class FloorDb(DbContextOptions<FloorDb> options) : DbContext(options)
{
    public DbSet<FloorItem> Items => Set<FloorItem>();
}
