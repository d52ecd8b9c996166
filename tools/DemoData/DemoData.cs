namespace ChallengeHub.DemoData;

/// <summary>What the seeder created: the challenges and the names of the demo staff accounts (passphrase <see cref="DemoDataSeeder.Passphrase"/>).</summary>
public sealed record DemoData(IReadOnlyList<DemoChallenge> Challenges, IReadOnlyList<string> StaffAccounts, DemoProfile? Profile = null);

/// <summary>A seeded challenge (<c>electro</c> or <c>construction</c>) with its teams, by the order they were registered in.</summary>
public sealed record DemoChallenge(Guid Id, string Title, string Sector, IReadOnlyList<DemoTeam> Teams);

/// <summary>A seeded team: its join code, its pupils' nicknames (PIN <see cref="DemoDataSeeder.PupilPin"/>) and how much it logged.</summary>
public sealed record DemoTeam(Guid Id, string Name, string School, string JoinCode, IReadOnlyList<string> Nicknames, int Milestones, int Photos, int Orders, int Runs, int Badges);

/// <summary>The demo pupil whose profile spans two challenges: per challenge, where they were and the recovery code that brings it in.</summary>
public sealed record DemoProfile(IReadOnlyList<DemoProfilePart> Parts);

/// <summary>One challenge of the demo pupil: the team, how to sign in on the tablet (PIN <see cref="DemoDataSeeder.PupilPin"/>) and the recovery code.</summary>
public sealed record DemoProfilePart(string Challenge, string Team, string JoinCode, string Nickname, string RecoveryCode);
