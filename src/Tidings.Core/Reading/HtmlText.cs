using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Tidings.Reading;

/// <summary>
/// Visible text of HTML as paragraphs separated by "\n\n": block elements and &lt;br&gt; end a paragraph,
/// white space inside a paragraph collapses to one space, and non-content elements (scripts, styles,
/// navigation, footers, forms) are dropped. Parsing is AngleSharp's, without scripting or resource loading.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "nav", "footer", "form", "button", "select",
        "option", "iframe", "object", "embed", "figure", "figcaption", "picture", "canvas", "audio", "video", "head", "title", "meta", "link", "input", "textarea",
    };

    /// <summary>Removed in the fallback extraction only: page chrome around an article.</summary>
    private static readonly HashSet<string> Chrome = new(StringComparer.OrdinalIgnoreCase) { "header", "aside", "menu", "dialog" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "hr", "address", "center", "details",
        "summary", "header", "aside", "body", "html", "caption", "tbody", "thead", "tfoot",
    };

    internal static HtmlParser NewParser() => new(new HtmlParserOptions { IsScripting = false, IsNotConsumingCharacterReferences = false });

    /// <summary>Paragraph text of an HTML fragment (e.g. a feed item's description).</summary>
    public static string FromFragment(string html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0) return CollapseParagraphs(html);
        var doc = NewParser().ParseDocument("<body>" + html + "</body>");
        return Paragraphs(doc.Body!, dropChrome: false);
    }

    /// <summary>Paragraph text under <paramref name="root"/>.</summary>
    public static string Paragraphs(INode root, bool dropChrome)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        bool pendingSpace = false;

        void Flush()
        {
            if (current.Length > 0) paragraphs.Add(current.ToString());
            current.Clear();
            pendingSpace = false;
        }
        void AppendText(string t)
        {
            foreach (char c in t)
            {
                if (char.IsWhiteSpace(c) || c == '\u00A0' || c == '\u200B')
                {
                    if (current.Length > 0) pendingSpace = true;
                }
                else
                {
                    if (pendingSpace) current.Append(' ');
                    pendingSpace = false;
                    current.Append(c);
                }
            }
        }
        void Walk(INode node, int depth)
        {
            if (depth > 400) return; // pathological nesting: the rest is noise
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        AppendText(t.Data);
                        break;
                    case IElement e:
                        var tag = e.LocalName;
                        if (Skipped.Contains(tag) || (dropChrome && Chrome.Contains(tag)) || e.HasAttribute("hidden")
                            || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
                            break;
                        if (tag == "br") { Flush(); break; }
                        bool block = Blocks.Contains(tag);
                        if (block) Flush();
                        Walk(e, depth + 1);
                        if (block) Flush();
                        break;
                }
            }
        }
        Walk(root, 0);
        Flush();
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Collapses white space inside the lines of plain text; each non-empty line is a paragraph.</summary>
    public static string CollapseParagraphs(string text)
    {
        text = TextDecoding.NormaliseNewlines(text);
        var parts = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (int i = 0; i < parts.Length; i++)
            parts[i] = string.Join(' ', parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }
}
