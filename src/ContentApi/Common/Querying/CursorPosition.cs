namespace ContentApi.Common.Querying;

/// <summary>
/// Where a page ended: the sort key of its last item (a date, a text or a score; a null date means
/// "among the undated items") and that item's id, which breaks ties.
/// </summary>
public sealed record CursorPosition(int Id, DateTime? Date = null, string? Text = null, double? Score = null);
