using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Model;
using HaRules.Rules;

namespace HaRules.Rules.Validity;

/// <summary>
/// HA002: a reference points to nothing or to another design. The design language reports null
/// and foreign references while the design is declared; a model built elsewhere (read from JSON,
/// or by the analyzer) is checked for relation targets that name no component.
/// </summary>
public sealed class UnknownReferenceRule : DesignRule
{
    /// <summary>The rule's ID.</summary>
    public const string Id = "HA002";

    /// <summary>Creates the rule.</summary>
    public UnknownReferenceRule()
        : base(new RuleDescriptor(Id, "A reference points to nothing or to another design", RuleCategory.Validity, Severity.Error, ""))
    {
    }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var problem in context.Model.Problems.Where(p => p.Kind == DesignProblemKind.UnknownReference))
        {
            yield return new Finding(Id, Descriptor.DefaultSeverity, problem.Message, problem.Components, problem.Location);
        }

        var model = context.Model;
        foreach (var relation in model.Relations)
        {
            // Targets, then Via, each in order; no concatenation per relation.
            for (var i = 0; i < relation.Targets.Count + relation.Via.Count; i++)
            {
                var target = i < relation.Targets.Count ? relation.Targets[i] : relation.Via[i - relation.Targets.Count];
                if (model.FindComponent(target) is null && model.FindGroup(target) is null)
                {
                    yield return Unknown(context, relation, target);
                }
            }
        }
    }

    private static Finding Unknown(RuleContext context, Relation relation, string target) =>
        context.Create(
            Id,
            $"'{relation.From}' references '{target}', which is not declared in this design",
            context.Model.TopLevelOwner(relation.From),
            relation.Location);
}
