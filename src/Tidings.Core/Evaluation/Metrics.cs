namespace Tidings.Evaluation;

/// <summary>The arithmetic every scorer shares; an empty denominator scores 0, never NaN.</summary>
public static class Metrics
{
    /// <summary><paramref name="part"/> / <paramref name="whole"/>, 0 when <paramref name="whole"/> is 0 (precision, recall, accuracy).</summary>
    public static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>Harmonic mean of precision and recall, 0 when both are 0.</summary>
    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
