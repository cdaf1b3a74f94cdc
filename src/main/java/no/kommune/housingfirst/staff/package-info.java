/**
 * The organisation and its people: sections contain teams, staff members belong to teams
 * and hold roles. Also who may log in: accounts, passwords, lockout after failed logins.
 */
@ApplicationModule(allowedDependencies = { "shared" })
package no.kommune.housingfirst.staff;

import org.springframework.modulith.ApplicationModule;
