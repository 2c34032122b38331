using HaRules.Model;

namespace HaRules.Rules.Common;

/// <summary>Where an application server keeps a copy of its users' sessions (7.5.1).</summary>
internal static class Sessions
{
    /// <summary>
    /// True when the server's sessions survive its failure: a shared session store, or primary-backup
    /// replication that has another replica to copy to.
    /// </summary>
    public static bool AreReplicated(DesignModel model, Component server) =>
        server.Properties.GetEnum<SessionReplication>(PropertyNames.SessionReplication) switch
        {
            SessionReplication.SharedStore => true,
            SessionReplication.PrimaryBackup => ModelLookups.TargetOf(model, server.Name, RelationKind.ReplicatesTo) is not null,
            _ => false,
        };
}
