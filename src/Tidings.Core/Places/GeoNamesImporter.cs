using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Tidings.Places;

/// <summary>What <see cref="GeoNamesImporter.Import"/> read and built.</summary>
/// <param name="Entries">The full gazetteer rows: the base gazetteer's rows (GeoNames ids and populations filled in where
/// a GeoNames place matched) followed by the GeoNames places the base did not have.</param>
public sealed record GeoNamesImport(IReadOnlyList<GazetteerEntry> Entries, IReadOnlyList<string> SourceFiles,
    int CitiesRead, int CitiesAdded, int CitiesMerged, int Admin1Added, int Admin1Merged, int CountriesAdded)
{
    public Gazetteer ToGazetteer() => Gazetteer.FromEntries(Entries);
}

/// <summary>
/// Builds a full gazetteer from a GeoNames dump folder (https://download.geonames.org/export/dump/, CC BY 4.0):
/// <c>countryInfo.txt</c> (ISO2 → ISO3), <c>admin1CodesASCII.txt</c> (first-level divisions) and one or more
/// <c>cities*.txt</c> or <c>cities*.zip</c> (cities500/1000/5000/15000). The bundled gazetteer is the base: its rows
/// keep their names, alternates, feature types and representative points; a GeoNames place that matches one of them
/// (same GeoNames id, or same country, a shared name and within 30 km) only fills in the id and population. Every other
/// populated place becomes a "city" row (a "capital" when GeoNames marks it PPLC and the base has no capital for that
/// country) with its first-level division, population and Latin-script alternate names. A first-level division the
/// base lacks gets the population-weighted mean point of its cities (admin1CodesASCII has no coordinates).
/// Errors name the file and line: <see cref="FileNotFoundException"/> for a missing file, <see cref="InvalidDataException"/>
/// for a malformed row.
/// </summary>
public static class GeoNamesImporter
{
    /// <summary>Greatest distance, in km, at which a GeoNames city and a base row of the same name are taken to be one place.</summary>
    public const double MergeKm = 30;

    public static GeoNamesImport Import(string directory, Gazetteer? baseGazetteer = null, long minPopulation = 0)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"GeoNames folder '{directory}' does not exist");
        var countryFile = Path.Combine(directory, "countryInfo.txt");
        var admin1File = Path.Combine(directory, "admin1CodesASCII.txt");
        if (!File.Exists(countryFile)) throw new FileNotFoundException($"'{countryFile}' is missing (GeoNames countryInfo.txt, needed for ISO3 codes)", countryFile);
        if (!File.Exists(admin1File)) throw new FileNotFoundException($"'{admin1File}' is missing (GeoNames admin1CodesASCII.txt, needed for first-level divisions)", admin1File);
        var cityFiles = Directory.EnumerateFiles(directory, "cities*")
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        // A folder holding both cities15000.txt and cities15000.zip reads the text file only.
        cityFiles = cityFiles.Where(f => !(f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && cityFiles.Contains(Path.ChangeExtension(f, ".txt")))).ToList();
        if (cityFiles.Count == 0) throw new FileNotFoundException($"no cities*.txt or cities*.zip (GeoNames cities500/1000/5000/15000) in '{directory}'", Path.Combine(directory, "cities15000.zip"));

        var baseG = baseGazetteer ?? Gazetteer.LoadBundled();
        var countries = ReadCountries(countryFile);
        var admin1 = ReadAdmin1(admin1File);
        var cities = new Dictionary<int, City>();
        int read = 0;
        foreach (var f in cityFiles)
        {
            if (f.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                ZipArchive archive;
                try { archive = ZipFile.OpenRead(f); }
                catch (InvalidDataException ex) { throw new InvalidDataException($"{f}: not a readable zip archive ({ex.Message})", ex); }
                using (archive)
                {
                    var txt = archive.Entries.Where(e => e.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).ToList();
                    if (txt.Count == 0) throw new InvalidDataException($"{f}: the archive holds no .txt file");
                    foreach (var entry in txt)
                    {
                        using var r = new StreamReader(entry.Open(), Encoding.UTF8);
                        read += ReadCities(r, $"{f}:{entry.FullName}", cities, minPopulation);
                    }
                }
            }
            else
            {
                using var r = new StreamReader(f, Encoding.UTF8);
                read += ReadCities(r, f, cities, minPopulation);
            }
        }
        return Build(baseG, countries, admin1, cities.Values, [countryFile, admin1File, .. cityFiles], read);
    }

    private sealed record Country(string Iso2, string Iso3, string Name, string Capital, long Population, int? GeoNamesId);
    private sealed record Admin1(string Code, string Name, string AsciiName, int? GeoNamesId);
    private sealed record City(int Id, string Name, string AsciiName, string[] Alternates, double Lat, double Lon, string FeatureCode, string Iso2, string Admin1Code, long Population);

    private static Dictionary<string, Country> ReadCountries(string path)
    {
        var result = new Dictionary<string, Country>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 8) throw new InvalidDataException($"{path}:{lineNo}: expected at least 8 tab-separated columns (ISO, ISO3, ISO-Numeric, fips, Country, Capital, Area, Population), found {f.Length}");
            if (f[0].Length != 2 || f[1].Length != 3) throw new InvalidDataException($"{path}:{lineNo}: '{f[0]}'/'{f[1]}' are not ISO2/ISO3 codes");
            long.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop);
            int? gid = f.Length > 16 && int.TryParse(f[16], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) && g > 0 ? g : null;
            result[f[0]] = new Country(f[0], f[1].ToUpperInvariant(), f[4], f[5], pop, gid);
        }
        if (result.Count == 0) throw new InvalidDataException($"{path}: no country rows");
        return result;
    }

    private static Dictionary<string, Admin1> ReadAdmin1(string path)
    {
        var result = new Dictionary<string, Admin1>(StringComparer.Ordinal);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 3 || !f[0].Contains('.')) throw new InvalidDataException($"{path}:{lineNo}: expected 'CC.code<TAB>name<TAB>asciiname<TAB>geonameid'");
            int? gid = f.Length > 3 && int.TryParse(f[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) && g > 0 ? g : null;
            result[f[0]] = new Admin1(f[0], f[1], f[2], gid);
        }
        if (result.Count == 0) throw new InvalidDataException($"{path}: no first-level division rows");
        return result;
    }

    /// <summary>Reads GeoNames "geoname" rows (19 columns); returns how many populated-place rows it read.</summary>
    private static int ReadCities(TextReader reader, string source, Dictionary<int, City> into, long minPopulation)
    {
        int lineNo = 0, count = 0;
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 15) throw new InvalidDataException($"{source}:{lineNo}: expected the 19 GeoNames columns, found {f.Length}");
            if (!int.TryParse(f[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                throw new InvalidDataException($"{source}:{lineNo}: geonameid '{f[0]}' is not a number");
            if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90)
                throw new InvalidDataException($"{source}:{lineNo}: bad latitude '{f[4]}'");
            if (!double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
                throw new InvalidDataException($"{source}:{lineNo}: bad longitude '{f[5]}'");
            if (f[6] != "P" || f[1].Length == 0) continue; // populated places only
            long.TryParse(f[14], NumberStyles.Integer, CultureInfo.InvariantCulture, out var pop);
            if (pop < minPopulation) continue;
            count++;
            into[id] = new City(id, f[1], f[2], f[3].Length == 0 ? [] : f[3].Split(','), lat, lon, f[7], f[8], f[10], pop);
        }
        return count;
    }

    private static GeoNamesImport Build(Gazetteer baseG, Dictionary<string, Country> countries, Dictionary<string, Admin1> admin1,
        IEnumerable<City> cityRows, IReadOnlyList<string> files, int read)
    {
        var entries = baseG.Entries.ToList();
        var byId = new Dictionary<int, int>();
        var byNameCountry = new Dictionary<(string, string), List<int>>();
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        var baseAdmin1 = new Dictionary<(string, string), int>();
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e.GeoNamesId is { } gid) byId.TryAdd(gid, i);
            if (e.Country is null) continue;
            if (e.Feature == "capital") capitals.Add(e.Country);
            foreach (var n in e.AlternateNames.Prepend(e.Name))
            {
                var key = (Key(n), e.Country);
                if (!byNameCountry.TryGetValue(key, out var l)) byNameCountry[key] = l = new List<int>(1);
                l.Add(i);
                if (e.Feature == "admin1") baseAdmin1.TryAdd((AdminKey(n), e.Country), i);
            }
        }

        // First-level divisions: a base row of the same name keeps its name; others are added after the cities.
        var adminName = new Dictionary<string, string>(StringComparer.Ordinal);
        int admin1Merged = 0;
        var adminToAdd = new List<Admin1>();
        foreach (var a in admin1.Values)
        {
            var iso2 = a.Code[..a.Code.IndexOf('.')];
            if (!countries.TryGetValue(iso2, out var c)) continue;
            if (baseAdmin1.TryGetValue((AdminKey(a.Name), c.Iso3), out var bi) || baseAdmin1.TryGetValue((AdminKey(a.AsciiName), c.Iso3), out bi))
            {
                adminName[a.Code] = entries[bi].Admin1 ?? entries[bi].Name;
                if (entries[bi].GeoNamesId is null && a.GeoNamesId is { } ag) entries[bi] = entries[bi] with { GeoNamesId = ag };
                admin1Merged++;
            }
            else
            {
                adminName[a.Code] = a.Name;
                adminToAdd.Add(a);
            }
        }

        int added = 0, merged = 0;
        var adminPoints = new Dictionary<string, (double Lat, double Lon, double Weight)>(StringComparer.Ordinal);
        var newCapitals = new HashSet<string>(StringComparer.Ordinal);
        // Most populous first, so a PPLC capital and big cities claim base rows before their small namesakes do.
        foreach (var city in cityRows.OrderByDescending(c => c.Population).ThenBy(c => c.Id))
        {
            if (!countries.TryGetValue(city.Iso2, out var country)) continue;
            var iso3 = country.Iso3;
            var adminCode = city.Iso2 + "." + city.Admin1Code;
            string? adminLabel = adminName.GetValueOrDefault(adminCode);
            if (adminLabel is not null)
            {
                double w = Math.Sqrt(Math.Max(1, city.Population));
                var p = adminPoints.GetValueOrDefault(adminCode);
                adminPoints[adminCode] = (p.Lat + city.Lat * w, p.Lon + city.Lon * w, p.Weight + w);
            }

            int match = -1;
            if (byId.TryGetValue(city.Id, out var idx)) match = idx;
            else
            {
                foreach (var n in new[] { city.Name, city.AsciiName })
                {
                    if (!byNameCountry.TryGetValue((Key(n), iso3), out var l)) continue;
                    foreach (var i in l)
                    {
                        var e = entries[i];
                        if (e.Feature is not ("city" or "capital") || e.GeoNamesId is not null && e.GeoNamesId != city.Id) continue;
                        if (Km(e.Place.Latitude ?? 0, e.Place.Longitude ?? 0, city.Lat, city.Lon) <= MergeKm) { match = i; break; }
                    }
                    if (match >= 0) break;
                }
            }
            if (match >= 0)
            {
                var e = entries[match];
                if (e.GeoNamesId is null || e.Population is null)
                {
                    entries[match] = e with { GeoNamesId = e.GeoNamesId ?? city.Id, Population = e.Population ?? (city.Population > 0 ? city.Population : null) };
                    byId.TryAdd(city.Id, match);
                }
                merged++;
                continue;
            }
            string feature = "city";
            if (city.FeatureCode == "PPLC" && !capitals.Contains(iso3) && newCapitals.Add(iso3)) feature = "capital";
            var alternates = Alternates(city);
            entries.Add(new GazetteerEntry(new Place(city.Name, iso3, Math.Round(city.Lat, 5), Math.Round(city.Lon, 5), feature), alternates,
                adminLabel, city.Population > 0 ? city.Population : null, city.Id) { Curated = false });
            added++;
        }

        int adminAdded = 0;
        foreach (var a in adminToAdd)
        {
            if (!adminPoints.TryGetValue(a.Code, out var p) || p.Weight <= 0) continue; // no city to place it by
            var iso3 = countries[a.Code[..a.Code.IndexOf('.')]].Iso3;
            string[] alts = a.AsciiName != a.Name && a.AsciiName.Length > 0 ? [a.AsciiName] : [];
            entries.Add(new GazetteerEntry(new Place(a.Name, iso3, Math.Round(p.Lat / p.Weight, 4), Math.Round(p.Lon / p.Weight, 4), "admin1"),
                alts, a.Name, null, a.GeoNamesId) { Curated = false });
            adminAdded++;
        }

        // Countries the base lacks (rare: new ISO codes) are placed at their capital, else skipped.
        int countriesAdded = 0;
        var baseCountries = entries.Where(e => e.Feature == "country" && e.Country is not null).Select(e => e.Country!).ToHashSet(StringComparer.Ordinal);
        foreach (var c in countries.Values)
        {
            if (baseCountries.Contains(c.Iso3)) continue;
            var cap = entries.FirstOrDefault(e => e.Country == c.Iso3 && e.Feature is "capital" or "city");
            if (cap is null || c.Name.Length == 0) continue;
            entries.Add(new GazetteerEntry(new Place(c.Name, c.Iso3, cap.Place.Latitude, cap.Place.Longitude, "country"), [], null,
                c.Population > 0 ? c.Population : null, c.GeoNamesId) { Curated = false });
            countriesAdded++;
        }
        return new GeoNamesImport(entries, files, read, added, merged, adminAdded, admin1Merged, countriesAdded);
    }

    /// <summary>Latin-script alternate names worth matching in English text: spellings of the same name (they share the
    /// first two letters of the ASCII name, so "Kiev" for "Kyiv" but not a former or nick name like "She" or "Center",
    /// which GeoNames lists and English text uses as words), no codes ("LAX", all capitals), no digits, at least four
    /// letters, at most 24 of them.</summary>
    private static string[] Alternates(City city)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { city.Name };
        var prefix = Key(city.AsciiName.Length > 0 ? city.AsciiName : city.Name);
        if (city.AsciiName.Length > 0 && seen.Add(city.AsciiName)) result.Add(city.AsciiName);
        foreach (var raw in city.Alternates)
        {
            if (result.Count >= 24) break;
            var a = raw.Trim();
            if (a.Length < 4 || a.Length > Gazetteer.MaxNameLength || !IsPlainLatin(a)) continue;
            var k = Key(a);
            if (prefix.Length < 2 || k.Length < 2 || k[0] != prefix[0] || k[1] != prefix[1]) continue;
            if (!a.Any(char.IsLower)) continue;
            if (!char.IsUpper(a[0])) continue;
            if (seen.Add(a)) result.Add(a);
        }
        return result.ToArray();
    }

    private static bool IsPlainLatin(string s)
    {
        foreach (var ch in s)
        {
            if (char.IsDigit(ch) || ch is '|' or '\t' or '(' or ')' or ',' or ';' or '/') return false;
            if (char.IsLetter(ch) && ch > '\u024F') return false;
        }
        return true;
    }

    private static string Key(string name) => RemoveDiacritics(name).ToLowerInvariant().Replace('’', '\'').Trim();

    private static readonly string[] AdminWords = ["oblast", "oblast'", "province", "governorate", "state", "region", "prefecture", "county",
        "district", "department", "territory", "republic", "krai", "kray", "okrug", "muhafazat", "of", "the", "autonomous", "division"];

    /// <summary>A first-level division's name without designators and diacritics: "Kharkiv Oblast" and "Kharkivs'ka Oblast'" differ,
    /// but "Kharkiv Oblast" and "Kharkiv" share the key "kharkiv".</summary>
    private static string AdminKey(string name)
    {
        var words = Key(name).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => !AdminWords.Contains(w));
        return string.Join(' ', words);
    }

    // The build runs with invariant globalization, where string.Normalize(FormD) returns its input unchanged: no ICU, no
    // decomposition. So letters with diacritics are folded by the actor lexicon's table ("é" → "e", "ø" → "o", "ł" → "l"),
    // and combining marks typed apart from their letter ("e\u0301") are dropped by their category, which needs no ICU.
    // Invariant: the key of "Ségou", "Se\u0301gou" and "Segou" is the same.
    internal static string RemoveDiacritics(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(Tidings.Actors.ActorLexicon.Fold(ch));
        return sb.ToString();
    }

    /// <summary>Great-circle distance in km (haversine, mean Earth radius 6,371 km).</summary>
    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        static double R(double d) => d * Math.PI / 180;
        double a = Math.Pow(Math.Sin(R(lat2 - lat1) / 2), 2) + Math.Cos(R(lat1)) * Math.Cos(R(lat2)) * Math.Pow(Math.Sin(R(lon2 - lon1) / 2), 2);
        return 2 * 6371 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
