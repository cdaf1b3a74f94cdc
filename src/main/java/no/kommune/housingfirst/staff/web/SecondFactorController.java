package no.kommune.housingfirst.staff.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import no.kommune.housingfirst.shared.security.CurrentUser;
import no.kommune.housingfirst.shared.security.CurrentUserLoader;
import no.kommune.housingfirst.shared.security.LoginThrottle;
import no.kommune.housingfirst.shared.security.PasskeyAssertions;
import no.kommune.housingfirst.shared.security.SecondFactor;
import no.kommune.housingfirst.staff.SecondFactors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor after the password: the first time, enrolment of an authenticator app
 * (its secret shown once, confirmed by a code from it, then the recovery codes shown
 * once); after that, a code from the app or a recovery code. The security chain sends a
 * person here until their session has a second factor (see
 * {@code shared.security.SecondFactorFilter}). A wrong code is a failed login: it counts
 * towards the account's lock and the address's throttle, and a throttled or locked
 * account's code is not checked.
 */
@Controller
@RequestMapping(SecondFactor.PAGE)
class SecondFactorController {

	static final String ENROLMENT = SecondFactorController.class.getName() + ".enrolment";

	private final SecondFactors factors;

	private final PasskeyAssertions passkeys;

	private final LoginThrottle throttle;

	private final CurrentUserLoader users;

	private final ApplicationEventPublisher events;

	SecondFactorController(SecondFactors factors, PasskeyAssertions passkeys, LoginThrottle throttle,
			CurrentUserLoader users, ApplicationEventPublisher events) {
		this.factors = factors;
		this.passkeys = passkeys;
		this.throttle = throttle;
		this.users = users;
		this.events = events;
	}

	@GetMapping
	String page(@AuthenticationPrincipal CurrentUser user, Authentication authentication, HttpSession session,
			Model model) {
		if (SecondFactor.shown(authentication)) {
			return "redirect:/";
		}
		return view(user, session, model, null);
	}

	@PostMapping("/enrol")
	String enrol(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
			@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model, RedirectAttributes redirect) {
		if (SecondFactor.shown(authentication)) {
			return "redirect:/";
		}
		String problem = guard(user, request);
		if (problem != null) {
			return view(user, session, model, problem);
		}
		if (!(session.getAttribute(ENROLMENT) instanceof SecondFactors.Enrolment enrolment)) {
			return "redirect:" + SecondFactor.PAGE;
		}
		List<String> recoveryCodes = this.factors.confirm(user.id(), enrolment.secret(), code);
		if (recoveryCodes.isEmpty()) {
			failed(user, request);
			return view(user, session, model, "staff.factor.wrongCode");
		}
		session.removeAttribute(ENROLMENT);
		SecondFactor.grant(SecondFactor.TOTP, request, response);
		redirect.addFlashAttribute("recoveryCodes", recoveryCodes);
		return "redirect:" + SecondFactor.PAGE + "/recovery-codes";
	}

	@PostMapping
	String verify(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
			@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) {
		if (SecondFactor.shown(authentication)) {
			return "redirect:/";
		}
		String problem = guard(user, request);
		if (problem != null) {
			return view(user, session, model, problem);
		}
		if (!this.factors.verify(user.id(), code)) {
			failed(user, request);
			return view(user, session, model, "staff.factor.wrongCode");
		}
		SecondFactor.grant(SecondFactor.TOTP, request, response);
		return "redirect:/";
	}

	@PostMapping("/recovery")
	String recover(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
			@RequestParam(name = "recoveryCode", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model, RedirectAttributes redirect) {
		if (SecondFactor.shown(authentication)) {
			return "redirect:/";
		}
		String problem = guard(user, request);
		if (problem != null) {
			model.addAttribute("recoveryProblem", problem);
			return view(user, session, model, null);
		}
		if (!this.factors.useRecoveryCode(user.id(), code)) {
			failed(user, request);
			model.addAttribute("recoveryProblem", "staff.factor.wrongRecoveryCode");
			return view(user, session, model, null);
		}
		SecondFactor.grant(SecondFactor.RECOVERY_CODE, request, response);
		redirect.addFlashAttribute("message", "staff.factor.recoveryUsed");
		return "redirect:/";
	}

	/**
	 * A passkey after the password: the browser's assertion for the options Spring's
	 * {@code /webauthn/authenticate/options} put in the session (used once), checked by
	 * Spring's relying party; it must belong to the person signed in.
	 */
	@PostMapping(path = "/passkey", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> passkey(@AuthenticationPrincipal CurrentUser user,
			Authentication authentication, @RequestBody String body, HttpServletRequest request,
			HttpServletResponse response) {
		if (SecondFactor.shown(authentication)) {
			return ResponseEntity.ok(Map.of("redirectUrl", "/"));
		}
		String problem = guard(user, request);
		if (problem != null) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("error", problem));
		}
		if (!this.passkeys.owner(body, request, response).filter(user.getUsername()::equals).isPresent()) {
			failed(user, request);
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "staff.factor.passkeyFailed"));
		}
		SecondFactor.grant(FactorGrantedAuthority.WEBAUTHN_AUTHORITY, request, response);
		return ResponseEntity.ok(Map.of("redirectUrl", "/"));
	}

	/** The recovery codes, once, right after enrolment. */
	@GetMapping("/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:/";
		}
		return "staff/recovery-codes";
	}

	/** Why a code is not even checked: the pair is throttled or the account locked. */
	private String guard(CurrentUser user, HttpServletRequest request) {
		if (this.users.reload(user.id()).map((fresh) -> !fresh.isAccountNonLocked()).orElse(true)) {
			return "staff.factor.locked";
		}
		LoginThrottle.Decision decision = this.throttle.check(request.getRemoteAddr(), user.getUsername());
		if (decision.refused()) {
			return "staff.factor.throttled";
		}
		this.throttle.pause(decision.delay());
		return null;
	}

	private String view(CurrentUser user, HttpSession session, Model model, String problem) {
		SecondFactors.Status status = this.factors.status(user.id());
		model.addAttribute("status", status);
		model.addAttribute("problem", problem);
		if (!status.enrolled() && this.factors.available()) {
			SecondFactors.Enrolment enrolment = (session.getAttribute(ENROLMENT) instanceof SecondFactors.Enrolment e)
					? e : this.factors.begin(user.getUsername());
			session.setAttribute(ENROLMENT, enrolment);
			model.addAttribute("secret", enrolment.base32().replaceAll("(.{4})(?!$)", "$1 "));
			model.addAttribute("otpauth", enrolment.uri());
		}
		model.addAttribute("available", this.factors.available());
		model.addAttribute("factorPending", true);
		return "staff/second-factor";
	}

	/**
	 * The same event a failed login publishes: the account's failure count, the throttle
	 * and the security log all take it.
	 */
	private void failed(CurrentUser user, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(user.getUsername(), null);
		attempt.setDetails(new WebAuthenticationDetails(request.getRemoteAddr(), null));
		this.events.publishEvent(new AuthenticationFailureBadCredentialsEvent(attempt,
				new BadCredentialsException("wrong second factor")));
	}

}
