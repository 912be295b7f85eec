namespace Tidings.Coding;

internal sealed partial class TreeRoles
{
    /// <summary>
    /// Session 69 (background69). The head of the clause that modifies a noun ("students who had organised a sit-in", "the
    /// town where rebels had massed") and holds <paramref name="node"/>, reached by climbing verbal heads only; -1 when the
    /// node lies in no such clause. The clause's verb may be the "had" itself when the parse reads "had" as its verb and the
    /// participle as a modifier ("who had organised a sit-in" with "organised" an amod of "sit-in").
    /// </summary>
    public int NounClauseTop(int node)
    {
        if (!Parsed || node < _f || node >= _e) return -1;
        for (int v = node, step = 0; v >= 0 && step < 12; step++)
        {
            if (RelStarts(v, "acl") || OpensWithRelativeWhere(v)) return v;
            int h = Head(v);
            if (h < 0 || !IsVerbal(h)) return -1;
            v = h;
        }
        return -1;
    }
}
