package org.vigie.fundraising.pages;

/**
 * A page as a leaderboard or a team's page lists it.
 *
 * @param name its name
 * @param path its address
 * @param raisedCents what it raised (a team: with its members)
 * @param raised the same, written out
 * @param goal its goal, written out
 * @param percent how much of its goal is raised, in whole percent
 * @param sponsors how many different donors gave through it
 */
record Standing(String name, String path, long raisedCents, String raised, String goal, int percent, long sponsors) {

}
