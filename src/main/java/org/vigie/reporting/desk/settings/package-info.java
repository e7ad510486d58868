/**
 * The line's settings kept by the workspace: the organisation's recovery key (made once,
 * shown once, confirmed as printed and stored offline; typed back to grant an analyst
 * every report) and the back-office notice that asks for it.
 */
package org.vigie.reporting.desk.settings;
