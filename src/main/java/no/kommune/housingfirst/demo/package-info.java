/**
 * The fictional demo organisation for trial mode and the {@code demo} profile. Each
 * feature adds its part here, through that feature's public service, so the demo data
 * follows the same rules as real data. Never active in production unless the demo profile
 * is named.
 */
@ApplicationModule(allowedDependencies = { "staff", "participant", "housing", "firstrent", "visitlog", "boplan", "fit",
		"shared", "tenancy", "survey", "fidelity" })
package no.kommune.housingfirst.demo;

import org.springframework.modulith.ApplicationModule;
