namespace HaRules.Bench.Designs;

/// <summary>The shapes of synthetic design the benchmarks measure.</summary>
public enum DesignShape
{
    /// <summary>Pods of four racks, each with its own power, network, storage and one service (<see cref="PodShapes"/>).</summary>
    Standard,

    /// <summary>Pods spread over 16 racks with 64 web and 16 application replicas: availability needs decision diagrams.</summary>
    Wide,

    /// <summary>Thousands of small three-tier services on one data centre's shared power, core and SAN (<see cref="FleetShape"/>).</summary>
    Fleet,
}
