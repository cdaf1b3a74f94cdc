package no.kommune.housingfirst.staff;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.CurrentUserLoader;
import no.kommune.housingfirst.shared.security.KnownUsernames;
import no.kommune.housingfirst.shared.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may log in, as what: loads people for Spring Security, counts failed logins into a
 * temporary lock, and lets people change their own password (which ends a change an
 * administrator's password made necessary).
 */
@Service
@Transactional(readOnly = true)
public class StaffAccounts implements UserDetailsService, CurrentUserLoader, KnownUsernames {

	private static final Logger securityLog = LoggerFactory.getLogger("housingfirst.security");

	private final StaffMemberRepository members;

	private final Organisation organisation;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final SecurityProperties properties;

	private final Clock clock;

	private final JdbcClient jdbc;

	StaffAccounts(StaffMemberRepository members, Organisation organisation, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, SecurityProperties properties, Clock clock, JdbcClient jdbc) {
		this.members = members;
		this.organisation = organisation;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.properties = properties;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		// The epoch first: a change after it moves it again, and the next request
		// reloads.
		OptionalLong epoch = rightsEpoch();
		CurrentUser user = this.members.findByUsername(normalise(username))
			.map((member) -> toCurrentUser(member, member.getPasswordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return epoch.isPresent() ? user.withRightsEpoch(epoch.getAsLong()) : user;
	}

	@Override
	public Optional<CurrentUser> reload(long staffMemberId) {
		return this.members.findWithMembershipsById(staffMemberId).map((member) -> toCurrentUser(member, null));
	}

	/** Kept by V036's triggers; one row, read without a transaction of its own. */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS)
	public OptionalLong rightsEpoch() {
		return this.jdbc.sql("SELECT epoch FROM staff_rights_epoch")
			.query(Long.class)
			.optional()
			.map(OptionalLong::of)
			.orElse(OptionalLong.empty());
	}

	@Override
	public boolean knows(String username) {
		return this.members.existsByUsername(normalise(username));
	}

	/**
	 * Changes one's own password; the current one must be given, and the new one must
	 * differ from it (else a password somebody else chose would simply stay). Ends a
	 * required change. A wrong current password counts as a failed login (the caller
	 * publishes it, outside this transaction), and a locked account gets no check at all.
	 */
	@Transactional
	public void changeOwnPassword(long staffMemberId, String currentPassword, String newPassword) {
		StaffMember member = this.members.findById(staffMemberId).orElseThrow();
		if (member.isLockedAt(this.clock.instant())) {
			// Locked by failed logins or failed checks here: no more guesses until it
			// ends.
			securityLog.warn("password change refused (account locked) user={}", member.getUsername());
			throw new PasswordRejectedException(java.util.List.of("staff.password.locked"));
		}
		if (!this.passwordEncoder.matches(currentPassword, member.getPasswordHash())) {
			securityLog.warn("password change refused (wrong current password) user={}", member.getUsername());
			throw new PasswordRejectedException(java.util.List.of("staff.password.currentWrong"));
		}
		var problems = this.passwordPolicy.problems(newPassword, member.getUsername(), member.getFullName());
		if (!problems.isEmpty()) {
			throw new PasswordRejectedException(problems);
		}
		if (newPassword.equals(currentPassword)) {
			throw new PasswordRejectedException(java.util.List.of("staff.password.sameAsCurrent"));
		}
		boolean required = member.isPasswordChangeRequired();
		member.changeOwnPassword(this.passwordEncoder.encode(newPassword));
		securityLog.info("password changed user={} requiredChange={}", member.getUsername(), required);
	}

	@EventListener
	@Transactional
	void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		this.members.findByUsername(normalise(event.getAuthentication().getName())).ifPresent((member) -> {
			boolean locked = member.recordFailedLogin(this.clock.instant(), this.properties.lockoutThreshold(),
					this.properties.lockoutMaxMinutes());
			if (locked) {
				securityLog.warn("account locked user={} failures={}", member.getUsername(), member.getFailedLogins());
			}
		});
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			this.members.findById(user.id()).ifPresent((member) -> member.recordSuccessfulLogin(this.clock.instant()));
		}
	}

	private CurrentUser toCurrentUser(StaffMember member, String passwordHash) {
		Set<Long> teamIds = member.getTeams().stream().map(Team::getId).collect(Collectors.toSet());
		Set<Long> sectionIds = member.getSections().stream().map(Section::getId).collect(Collectors.toSet());
		return new CurrentUser(member.getId(), member.getUsername(), member.getFullName(), passwordHash,
				member.isActive(), member.isLockedAt(this.clock.instant()), member.getRoles(), teamIds, sectionIds,
				this.organisation.teamIdsOfSections(sectionIds), member.isPasswordChangeRequired());
	}

	private static String normalise(String username) {
		// No control characters reach the database (PostgreSQL refuses a NUL in text).
		return (username == null) ? "" : username.replaceAll("\\p{Cntrl}", "").strip().toLowerCase(Locale.ROOT);
	}

}
