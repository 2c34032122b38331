using System.Collections.Generic;
using System.Linq;
using HaRules.Findings;
using HaRules.Rules;

namespace HaRules.Validation;

/// <summary>
/// HA002: a reference points to nothing or to another design. The design language reports null
/// and foreign references while the design is declared; a model built elsewhere (read from JSON,
/// or by the analyzer) is checked for relation targets that name no component.
/// </summary>
public sealed class UnknownReferenceRule : DesignRule
{
    /// <inheritdoc />
    public override IReadOnlyList<string> Ids { get; } = new[] { "HA002" };

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var problem in context.Model.Problems.Where(p => p.RuleId == "HA002"))
        {
            yield return problem;
        }

        var model = context.Model;
        foreach (var relation in model.Relations)
        {
            foreach (var target in relation.Targets.Concat(relation.Via))
            {
                if (model.FindComponent(target) is null && model.FindGroup(target) is null)
                {
                    var owner = model.FindComponent(relation.From)?.Owner ?? relation.From;
                    yield return context.Create(
                        "HA002",
                        $"'{relation.From}' references '{target}', which is not declared in this design",
                        owner,
                        relation.Location);
                }
            }
        }
    }
}
