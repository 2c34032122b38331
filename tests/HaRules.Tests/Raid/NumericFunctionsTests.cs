using System;
using System.Globalization;
using HaRules.Raid;
using Xunit;

namespace HaRules.Tests.Raid;

/// <summary>
/// log1p and expm1 against values worked out from their series (log1p(x) = x − x²/2 + x³/3 − …,
/// expm1(x) = x + x²/2 + x³/6 + …) or from closed forms, checked with 60-digit decimal arithmetic.
/// </summary>
public sealed class NumericFunctionsTests
{
    // A few units in the last place: the accuracy the u = 1 + x / u = eˣ corrections promise.
    private const double Ulps = 1e-15;

    [Theory]
    // x = 1e-14: x − x²/2 = 1e-14 − 5e-29 = 9.99999999999995e-15 (x³/3 ≈ 3e-43 is below one ulp).
    [InlineData(1e-14, 9.99999999999995e-15)]
    // x = −1e-14: −1e-14 − 5e-29 = −1.000000000000005e-14.
    [InlineData(-1e-14, -1.000000000000005e-14)]
    // x = 1e-10: 1e-10 − 5e-21 = 9.9999999995e-11.
    [InlineData(1e-10, 9.9999999995e-11)]
    // x = 1e-5: 1e-5 − 5e-11 + 3.333…e-16 − 2.5e-21 = 9.999950000333332e-6.
    [InlineData(1e-5, 9.999950000333332e-6)]
    // x = −1e-5: −1e-5 − 5e-11 − 3.333…e-16 − 2.5e-21 = −1.0000050000333337e-5.
    [InlineData(-1e-5, -1.0000050000333337e-5)]
    // x = 1e-300: x²/2 = 5e-601 vanishes; log1p(x) = x exactly.
    [InlineData(1e-300, 1e-300)]
    [InlineData(-1e-300, -1e-300)]
    [InlineData(0.0, 0.0)]
    // log(1.5) and log(0.5) = −log 2.
    [InlineData(0.5, 0.4054651081081644)]
    [InlineData(-0.5, -0.6931471805599453)]
    [InlineData(1.0, 0.6931471805599453)]
    // x = 1e300: log(1e300) = 300·ln 10 = 690.7755278982137 (the +1 is far below an ulp).
    [InlineData(1e300, 690.7755278982137)]
    // The largest double: 709.782712893384 (ln of 1.7976931348623157e308).
    [InlineData(double.MaxValue, 709.782712893384)]
    public void Log1p_is_accurate(double x, double expected) =>
        StorageAssert.Close(expected, NumericFunctions.Log1p(x), string.Create(CultureInfo.InvariantCulture, $"log1p({x:R})"), Ulps);

    [Theory]
    // x = 1e-14: x + x²/2 = 1e-14 + 5e-29 = 1.000000000000005e-14.
    [InlineData(1e-14, 1.000000000000005e-14)]
    // x = −1e-14: −1e-14 + 5e-29 = −9.99999999999995e-15.
    [InlineData(-1e-14, -9.99999999999995e-15)]
    // x = 1e-10: 1e-10 + 5e-21 = 1.00000000005e-10.
    [InlineData(1e-10, 1.00000000005e-10)]
    // x = 1e-5: 1e-5 + 5e-11 + 1.6667e-16 + 4e-22 = 1.0000050000166668e-5.
    [InlineData(1e-5, 1.0000050000166668e-5)]
    // x = −1e-5: −1e-5 + 5e-11 − 1.6667e-16 = −9.999950000166666e-6.
    [InlineData(-1e-5, -9.999950000166666e-6)]
    [InlineData(1e-300, 1e-300)]
    [InlineData(-1e-300, -1e-300)]
    [InlineData(0.0, 0.0)]
    // e − 1 and e^−0.5 − 1.
    [InlineData(1.0, 1.718281828459045)]
    [InlineData(-0.5, -0.3934693402873666)]
    [InlineData(20.0, 485165194.4097903)]
    // e^700 = 1.0142320547350045e304; the −1 is far below an ulp.
    [InlineData(700.0, 1.0142320547350045e304)]
    // e^−50 ≈ 2e-22 is below half an ulp of 1: the result is −1.
    [InlineData(-50.0, -1.0)]
    [InlineData(double.NegativeInfinity, -1.0)]
    public void Expm1_is_accurate(double x, double expected) =>
        StorageAssert.Close(expected, NumericFunctions.Expm1(x), string.Create(CultureInfo.InvariantCulture, $"expm1({x:R})"), Ulps);

    [Fact]
    public void The_edges_of_the_domain_give_the_limits()
    {
        Assert.Equal(double.NegativeInfinity, NumericFunctions.Log1p(-1.0));
        Assert.True(double.IsNaN(NumericFunctions.Log1p(-2.0)));
        Assert.True(double.IsNaN(NumericFunctions.Log1p(double.NaN)));
        Assert.True(double.IsNaN(NumericFunctions.Log1p(double.NegativeInfinity)));
        Assert.Equal(double.PositiveInfinity, NumericFunctions.Log1p(double.PositiveInfinity));

        Assert.Equal(double.PositiveInfinity, NumericFunctions.Expm1(710.0));
        Assert.Equal(double.PositiveInfinity, NumericFunctions.Expm1(double.PositiveInfinity));
        Assert.True(double.IsNaN(NumericFunctions.Expm1(double.NaN)));
    }

    [Fact]
    public void The_naive_forms_lose_digits_where_these_keep_them()
    {
        // 1 + 1e-14 rounds to 1 + 45·2^-52, so log(1 + x) = 9.992007221626358e-15: 8e-4 relative error.
        var x = -1e-14;
        var naiveLog = Math.Log(1 + x);
        Assert.True(Math.Abs(naiveLog - x) / Math.Abs(x) > 5e-4, "the naive log(1 + x) was expected to be off");
        StorageAssert.Close(-1.000000000000005e-14, NumericFunctions.Log1p(x), "log1p(-1e-14)", Ulps);

        var naiveExp = Math.Exp(x) - 1;
        Assert.True(Math.Abs(naiveExp - x) / Math.Abs(x) > 5e-4, "the naive exp(x) − 1 was expected to be off");
        StorageAssert.Close(-9.99999999999995e-15, NumericFunctions.Expm1(x), "expm1(-1e-14)", Ulps);
    }

    [Theory]
    [InlineData(1e-15)]
    [InlineData(-3e-9)]
    [InlineData(0.25)]
    [InlineData(-0.75)]
    [InlineData(12.5)]
    public void Expm1_inverts_log1p(double x) =>
        StorageAssert.Close(x, NumericFunctions.Expm1(NumericFunctions.Log1p(x)), string.Create(CultureInfo.InvariantCulture, $"expm1(log1p({x:R}))"), 1e-14);
}
