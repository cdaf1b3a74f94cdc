package no.kommune.housingfirst.shared.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as security sees them, reloaded from the database on every
 * request so that a change of role, team or deactivation takes effect at once. The
 * password hash is only present while logging in and never reaches the stored session.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String fullName;

	private transient String passwordHash;

	private final boolean active;

	private final boolean locked;

	private final Set<Role> roles;

	private final Set<Long> teamIds;

	private final Set<Long> sectionIds;

	private final Set<Long> sectionTeamIds;

	private final boolean passwordChangeRequired;

	/**
	 * The staff rights epoch this person was loaded at (0: not known, so the next request
	 * reloads them).
	 */
	private final long rightsEpoch;

	/** A person with no password change due (tests and tools). */
	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean active, boolean locked,
			Set<Role> roles, Set<Long> teamIds, Set<Long> sectionIds, Set<Long> sectionTeamIds) {
		this(id, username, fullName, passwordHash, active, locked, roles, teamIds, sectionIds, sectionTeamIds, false);
	}

	/**
	 * @param teamIds teams the person is a member of
	 * @param sectionIds sections the person leads
	 * @param sectionTeamIds every team in the sections the person leads
	 * @param passwordChangeRequired the person holds a password somebody else chose and
	 * reaches no page but the password page until they have replaced it
	 */
	public CurrentUser(long id, String username, String fullName, String passwordHash, boolean active, boolean locked,
			Set<Role> roles, Set<Long> teamIds, Set<Long> sectionIds, Set<Long> sectionTeamIds,
			boolean passwordChangeRequired) {
		this(id, username, fullName, passwordHash, active, locked, roles, teamIds, sectionIds, sectionTeamIds,
				passwordChangeRequired, 0);
	}

	private CurrentUser(long id, String username, String fullName, String passwordHash, boolean active, boolean locked,
			Set<Role> roles, Set<Long> teamIds, Set<Long> sectionIds, Set<Long> sectionTeamIds,
			boolean passwordChangeRequired, long rightsEpoch) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
		this.active = active;
		this.locked = locked;
		this.roles = Set.copyOf(roles);
		this.teamIds = Set.copyOf(teamIds);
		this.sectionIds = Set.copyOf(sectionIds);
		this.sectionTeamIds = Set.copyOf(sectionTeamIds);
		this.passwordChangeRequired = passwordChangeRequired;
		this.rightsEpoch = rightsEpoch;
	}

	/**
	 * The same person, known to hold these rights as of the given staff rights epoch
	 * ({@link CurrentUserLoader#rightsEpoch()}), read before the person was loaded.
	 */
	public CurrentUser withRightsEpoch(long epoch) {
		return new CurrentUser(this.id, this.username, this.fullName, this.passwordHash, this.active, this.locked,
				this.roles, this.teamIds, this.sectionIds, this.sectionTeamIds, this.passwordChangeRequired, epoch);
	}

	public long rightsEpoch() {
		return this.rightsEpoch;
	}

	public long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public Set<Long> teamIds() {
		return this.teamIds;
	}

	public Set<Long> sectionIds() {
		return this.sectionIds;
	}

	public Set<Long> sectionTeamIds() {
		return this.sectionTeamIds;
	}

	public boolean passwordChangeRequired() {
		return this.passwordChangeRequired;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	/**
	 * For templates: {@code ${#authentication.principal.passwordChangeRequired}}.
	 */
	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	/** For templates: {@code ${#authentication.principal.fullName}}. */
	public String getFullName() {
		return this.fullName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.active;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	/**
	 * Same person with the same rights (and the same duty to change the password): a
	 * refreshed principal need not replace the old one.
	 */
	public boolean sameRightsAs(CurrentUser other) {
		return this.id == other.id && this.active == other.active && this.roles.equals(other.roles)
				&& this.teamIds.equals(other.teamIds) && this.sectionIds.equals(other.sectionIds)
				&& this.sectionTeamIds.equals(other.sectionTeamIds) && this.fullName.equals(other.fullName)
				&& this.username.equals(other.username) && this.passwordChangeRequired == other.passwordChangeRequired;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof CurrentUser other && other.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.username + "]";
	}

}
