namespace Recruitment.Cli.Tests;

/// <summary>The worked example of docs/allocation-format.md.</summary>
internal static class WorkedExample
{
    public const string Instance = """
        {
          "rankings": {
            "ALL": ["A", "B", "C", "D", "E", "F"],
            "P2": ["A", "B", "C", "D", "F"]
          },
          "pools": [
            { "id": "P1", "capacity": 1, "ranking": "ALL" },
            { "id": "P2", "capacity": 2, "ranking": "P2" },
            { "id": "P3", "capacity": 1, "ranking": "ALL" }
          ],
          "candidates": [
            { "id": "A", "wishes": ["P1", "P2", "P3"] },
            { "id": "B", "wishes": ["P1", "P3"] },
            { "id": "C", "wishes": ["P2", "P1"] },
            { "id": "D", "wishes": ["P1", "P2", "P3"] },
            { "id": "E", "wishes": ["P3", "P2"] },
            { "id": "F", "wishes": ["P2", "P3", "P1"] }
          ]
        }
        """;

    /// <summary>The same instance with every list in another order (wishes keep theirs: it is the candidates' preference).</summary>
    public const string Shuffled = """
        {
          "candidates": [
            { "id": "F", "wishes": ["P2", "P3", "P1"] },
            { "id": "C", "wishes": ["P2", "P1"] },
            { "id": "E", "wishes": ["P3", "P2"] },
            { "id": "A", "wishes": ["P1", "P2", "P3"] },
            { "id": "D", "wishes": ["P1", "P2", "P3"] },
            { "id": "B", "wishes": ["P1", "P3"] }
          ],
          "pools": [
            { "ranking": "ALL", "capacity": 1, "id": "P3" },
            { "id": "P1", "capacity": 1, "ranking": "ALL" },
            { "id": "P2", "capacity": 2, "ranking": "P2" }
          ],
          "rankings": {
            "P2": ["A", "B", "C", "D", "F"],
            "ALL": ["A", "B", "C", "D", "E", "F"]
          }
        }
        """;

    public const string Result = """
        {
          "assignments": [
            {
              "candidate": "A",
              "pool": "P1"
            },
            {
              "candidate": "B",
              "pool": "P3"
            },
            {
              "candidate": "C",
              "pool": "P2"
            },
            {
              "candidate": "D",
              "pool": "P2"
            },
            {
              "candidate": "E",
              "pool": null
            },
            {
              "candidate": "F",
              "pool": null
            }
          ],
          "pools": [
            {
              "id": "P1",
              "capacity": 1,
              "admitted": 1,
              "lastAdmittedRank": 1,
              "waitingList": 3
            },
            {
              "id": "P2",
              "capacity": 2,
              "admitted": 2,
              "lastAdmittedRank": 4,
              "waitingList": 1
            },
            {
              "id": "P3",
              "capacity": 1,
              "admitted": 1,
              "lastAdmittedRank": 2,
              "waitingList": 2
            }
          ]
        }

        """;
}
