using System;
using System.Collections.Generic;
using System.Linq;

namespace HaRules.Findings;

/// <summary>
/// The one catalog of rules: every ID, title, family, default severity and help link. The engine,
/// the analyzer, the build task and the reports all read it; nothing else declares a rule.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Where the rule pages are published; a rule's page is this plus <c>HAxxx.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/harules/harules/blob/main/docs/rules/";

    private static readonly RuleDescriptor[] Rules =
    {
        // HA0xx: the design itself is invalid.
        R("HA001", "Two components share a name", RuleCategory.Validity, Severity.Error, ""),
        R("HA002", "A reference points to nothing or to another design", RuleCategory.Validity, Severity.Error, ""),
        R("HA003", "A count, size, rate, duration or name is out of range", RuleCategory.Validity, Severity.Error, ""),
        R("HA004", "Impossible RAID geometry", RuleCategory.Validity, Severity.Error, "7.3.1"),
        R("HA005", "Dependency cycle", RuleCategory.Validity, Severity.Error, ""),
        R("HA006", "The design could not be evaluated", RuleCategory.Validity, Severity.Error, ""),
        R("HA007", "Malformed acceptance", RuleCategory.Validity, Severity.Error, ""),
        R("HA008", "Expired acceptance", RuleCategory.Validity, Severity.Warning, ""),

        // HA1xx: topology.
        R("HA101", "Single point of failure", RuleCategory.Topology, Severity.Error, "7.1"),
        R("HA102", "Redundant members share one failure", RuleCategory.Topology, Severity.Warning, "7.2.1"),
        R("HA103", "Declared failure tolerance not met", RuleCategory.Topology, Severity.Warning, "7.1"),
        R("HA104", "Availability below target", RuleCategory.Topology, Severity.Warning, "7.1"),
        R("HA105", "Not enough capacity after one failure", RuleCategory.Topology, Severity.Warning, "7.4.1"),

        // HA2xx: inside a server.
        R("HA201", "Single power supply", RuleCategory.Server, Severity.Warning, "7.2.1"),
        R("HA202", "All power supplies on one source", RuleCategory.Server, Severity.Warning, "7.2.1"),
        R("HA203", "Single NIC port", RuleCategory.Server, Severity.Warning, "7.2.2"),
        R("HA204", "Bonded ports on one switch", RuleCategory.Server, Severity.Warning, "7.2.2"),
        R("HA205", "Fans not redundant", RuleCategory.Server, Severity.Info, "7.2.1"),

        // HA3xx: storage.
        R("HA301", "RAID0 holds data", RuleCategory.Storage, Severity.Error, "7.3.1"),
        R("HA302", "No hot spare", RuleCategory.Storage, Severity.Warning, "7.3.1"),
        R("HA303", "Data without a backup", RuleCategory.Storage, Severity.Error, "7.3.1"),
        R("HA304", "Backup in the same failure domain as its source", RuleCategory.Storage, Severity.Warning, "7.3.1"),
        R("HA305", "RAID5 where RAID10 or RAID6 fits better", RuleCategory.Storage, Severity.Warning, "7.3.1"),
        R("HA306", "Single storage path", RuleCategory.Storage, Severity.Warning, "7.3.2"),
        R("HA307", "Several HBAs without multipath", RuleCategory.Storage, Severity.Warning, "7.3.2"),
        R("HA308", "All storage paths through one fabric", RuleCategory.Storage, Severity.Warning, "7.3.2"),
        R("HA309", "Single array controller", RuleCategory.Storage, Severity.Warning, "7.3"),
        R("HA310", "Volumes exceed the RAID group's capacity", RuleCategory.Storage, Severity.Error, "7.3.1"),
        R("HA311", "RAID group too slow for its workload", RuleCategory.Storage, Severity.Warning, "7.3.1"),

        // HA4xx: web tier and traffic distribution.
        R("HA401", "DNS round robin without health checks", RuleCategory.Web, Severity.Warning, "7.4.2"),
        R("HA402", "DNS round robin in front of a stateful service", RuleCategory.Web, Severity.Warning, "7.4.2"),
        R("HA403", "Load balancer without a health check", RuleCategory.Web, Severity.Warning, "7.4.2"),
        R("HA404", "Pinned sessions lost at failover", RuleCategory.Web, Severity.Warning, "7.4.2"),
        R("HA405", "Load balancer without a standby", RuleCategory.Web, Severity.Warning, "7.4.2"),

        // HA5xx: application servers.
        R("HA501", "Sessions kept only in one server's memory", RuleCategory.Application, Severity.Warning, "7.5.1"),
        R("HA502", "Session replica in the same rack as its primary", RuleCategory.Application, Severity.Warning, "7.5.1"),
        R("HA503", "Connection pool minimum differs from maximum", RuleCategory.Application, Severity.Warning, "7.5.2"),
        R("HA504", "Firewall drops idle pooled connections", RuleCategory.Application, Severity.Warning, "7.5.2"),
        R("HA505", "Pools exceed the database's connection limit", RuleCategory.Application, Severity.Warning, "7.5.2"),

        // HA6xx: database clusters.
        R("HA601", "Heartbeat over a single switch", RuleCategory.Database, Severity.Error, "7.6.1"),
        R("HA602", "Even number of voters without a quorum device", RuleCategory.Database, Severity.Error, "7.6.1"),
        R("HA603", "No fencing", RuleCategory.Database, Severity.Warning, "7.6.1"),
        R("HA604", "Write-heavy shared-everything cluster", RuleCategory.Database, Severity.Info, "7.6.2"),
        R("HA605", "Shared-nothing partitions kept in one copy", RuleCategory.Database, Severity.Error, "7.6.2"),
        R("HA606", "Cluster nodes share one failure domain", RuleCategory.Database, Severity.Warning, "7.6"),

        // HA7xx: network.
        R("HA701", "Server group reaches only one switch", RuleCategory.Network, Severity.Warning, "7.2.2"),
        R("HA702", "Firewall without a state-synchronising standby", RuleCategory.Network, Severity.Warning, "beyond"),
        R("HA703", "Router without a standby", RuleCategory.Network, Severity.Warning, "beyond"),

        // HA9xx: about HaRules itself, not the design.
        R("HA901", "The analyzer read the design only in part", RuleCategory.Tooling, Severity.Info, ""),
        R("HA903", "HaRules could not run", RuleCategory.Tooling, Severity.Error, ""),
    };

    private static readonly Dictionary<string, RuleDescriptor> ById =
        Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>Every rule, in ID order.</summary>
    public static IReadOnlyList<RuleDescriptor> All => Rules;

    /// <summary>The rule with this ID, or null when there is none.</summary>
    public static RuleDescriptor? Find(string? id) =>
        id is not null && ById.TryGetValue(id, out var rule) ? rule : null;

    /// <summary>The rule with this ID; throws for an unknown ID (a bug in HaRules, not in a design).</summary>
    public static RuleDescriptor Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown rule ID '{id}'.", nameof(id));

    private static RuleDescriptor R(string id, string title, RuleCategory category, Severity severity, string seed) =>
        new(id, title, category, severity, seed);
}
