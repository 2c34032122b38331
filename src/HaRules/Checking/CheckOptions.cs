using System;

namespace HaRules.Checking;

/// <summary>How a design is checked.</summary>
public sealed class CheckOptions
{
    /// <summary>The date acceptance expiry is compared with; null means the current UTC date.</summary>
    public DateTime? Today { get; set; }

    /// <summary>The date of the check: <see cref="Today"/>, or the current UTC date.</summary>
    public DateTime EffectiveToday => (Today ?? DateTime.UtcNow).Date;
}
