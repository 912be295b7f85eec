using Tidings.Syntax;

namespace Tidings.Tests.Coding;

/// <summary>The embedded tagger's Penn tags for a test headline whose tokens are separated by single spaces, the check
/// the headline-grammar tests share for the tagger's headline repairs.</summary>
internal static class HeadlineTags
{
    public static string[] Xpos(string sentence)
    {
        var model = PerceptronTagger.Default ?? throw new InvalidOperationException("no embedded tagger model");
        var words = sentence.Split(' ');
        var cls = new int[words.Length];
        model.Tag(words, cls);
        return cls.Select(model.XposOf).ToArray();
    }
}
