using System.Collections.Frozen;

namespace Tidings.Actors;

public sealed partial class ActorRecognizer
{
    /// <summary>Social platforms and messaging apps that news names as the channel of a post (a closed class; the actor
    /// lexicon lists the companies behind some of them: Facebook, YouTube, TikTok).</summary>
    private static readonly FrozenSet<string> PlatformNames = Set(
        "Facebook", "Instagram", "TikTok", "YouTube", "X", "Twitter", "Telegram", "WhatsApp", "WeChat", "Weibo", "Threads",
        "Bluesky", "VKontakte", "VK", "LinkedIn", "Snapchat", "Signal", "Rumble", "Douyin", "Truth Social", "Viber");

    /// <summary>Nouns after a platform's name that make it the modifier of a channel ("its Facebook page").</summary>
    private static readonly FrozenSet<string> ChannelNouns = Set(
        "page", "pages", "account", "accounts", "channel", "channels", "post", "posts", "feed", "story", "stories", "live",
        "video", "videos", "group", "groups", "thread", "threads", "handle", "stream", "streams", "message", "messages");

    /// <summary>Verbs of saying or posting and nouns of a message that take a platform as their channel ("wrote on X",
    /// "said in a post on Telegram", "a video shared on TikTok", "in a statement posted on Facebook").</summary>
    private static readonly FrozenSet<string> ChannelHeads = Set(
        "say", "write", "post", "tweet", "share", "publish", "announce", "state", "claim", "confirm", "deny", "reply", "add",
        "comment", "upload", "stream", "broadcast", "circulate", "appear", "report", "warn", "accuse", "urge", "call",
        "thank", "praise", "criticise", "criticize", "condemn", "vow", "pledge", "insist", "declare", "respond", "speak",
        "statement", "message", "video", "clip", "footage", "thread", "photo", "photos", "picture", "address", "story",
        "remarks", "livestream", "announcement", "comments", "update", "poster", "map", "image", "images", "note");

    private sealed partial class Run
    {
        /// <summary>
        /// "the ministry said in a statement posted on Facebook that it had summoned ...", "a video shared on TikTok
        /// showed ...", "the army's Facebook page": a platform named as the channel of a post is no actor of the sentence
        /// (it neither speaks nor acts), but the lexicon lists some platforms' companies (Facebook USABUS), so the channel
        /// became the source of the reported act or the antecedent of its "it". A platform's name is a channel when a channel
        /// noun follows it ("Facebook page") or when "on", "via" or "across" governs it (after "its", "his", "the", "official"
        /// ...) and a verb of saying or posting or a noun of a message stands at most six words before the preposition, in
        /// the same sentence and with no comma between. Invariants: a platform that is itself the doer or the undergoer
        /// ("the EU fined Meta", "imposed a fine on TikTok", "ordered X to remove") keeps its mention; only mentions whose
        /// words are exactly a platform's name are dropped.
        /// </summary>
        private void DropChannelPlatforms()
        {
            if (_out.Count == 0) return;
            _out.RemoveAll(m => IsChannelPlatform(m.Tokens.FirstToken, m.Tokens.EndToken));
        }

        private bool IsChannelPlatform(int first, int end)
        {
            if (end <= first || end - first > 2) return false;
            var name = end - first == 1 ? Tok(first).ToString() : Tok(first).ToString() + " " + Tok(first + 1).ToString();
            if (!PlatformNames.Contains(name)) return false;
            if (end < _doc.TokenCount && ChannelNouns.Contains(Tok(end).ToString())) return true;
            int p = first - 1;
            while (p >= 0 && Tok(p) is var w && (w.Equals("its", StringComparison.OrdinalIgnoreCase) || w.Equals("his", StringComparison.OrdinalIgnoreCase)
                       || w.Equals("her", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
                       || w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("official", StringComparison.OrdinalIgnoreCase)
                       || w.Equals("own", StringComparison.OrdinalIgnoreCase) || w.Equals("verified", StringComparison.OrdinalIgnoreCase)))
                p--;
            if (p < 0 || !(Is(p, "on") || Is(p, "via") || Is(p, "across"))) return false;
            int sentenceFirst = SentenceStart(p);
            for (int k = p - 1; k >= Math.Max(sentenceFirst, p - 6); k--)
            {
                if (Is(k, ",") || Is(k, ";")) break;
                if (_doc.Token(k).Lemma is { } lemma && ChannelHeads.Contains(lemma)) return true;
                if (ChannelHeads.Contains(Tok(k).ToString())) return true;
            }
            return false;
        }
    }
}
