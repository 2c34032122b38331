namespace HaRules.Findings;

/// <summary>The family a rule belongs to (the hundreds digit of its ID).</summary>
public enum RuleCategory
{
    /// <summary>HA0xx: the design itself is invalid.</summary>
    Validity,

    /// <summary>HA1xx: graph analysis over the whole design.</summary>
    Topology,

    /// <summary>HA2xx: redundancy inside a server or appliance.</summary>
    Server,

    /// <summary>HA3xx: disks, RAID, paths and backups.</summary>
    Storage,

    /// <summary>HA4xx: the web tier and traffic distribution.</summary>
    Web,

    /// <summary>HA5xx: application servers and their database connections.</summary>
    Application,

    /// <summary>HA6xx: database clusters.</summary>
    Database,

    /// <summary>HA7xx: the network.</summary>
    Network,

    /// <summary>HA9xx: about HaRules itself (what it could not read or run), not about the design.</summary>
    Tooling,
}
