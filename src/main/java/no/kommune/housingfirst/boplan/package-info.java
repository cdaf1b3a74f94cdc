/**
 * The bo-plan (DOMAIN §4) and the follow-up agreement (oppfølgingsavtale): the
 * participant's own plan for a lasting home, in their words, with goals per life area,
 * revised but never overwritten, agreed, reviewed and printable; the agreed visit cadence
 * when follow-up steps down; and the "hva trengs nå?" meeting when health care is
 * declined. The visit log counts compliance with the cadence agreed here through
 * {@link no.kommune.housingfirst.visitlog.VisitCadences}.
 */
@ApplicationModule(allowedDependencies = { "audit", "participant", "staff", "shared", "visitlog" })
package no.kommune.housingfirst.boplan;

import org.springframework.modulith.ApplicationModule;
