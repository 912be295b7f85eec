using Tidings.Documents;

namespace Tidings.Places;

/// <summary>A resolved place: name, ISO alpha-3 country and coordinates when known.</summary>
public sealed record Place(string Name, string? Country, double? Latitude, double? Longitude, string Feature);

/// <summary>A place name in the text and what it resolved to (null with a reason when unresolved).</summary>
public sealed record PlaceMention(TokenRange Tokens, Place? Place, string Rule, string? Reason = null);
