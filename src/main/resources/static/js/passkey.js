// Passkeys as the second factor (docs/adr/0013), under the CSP: a file, no inline script.
// Registration goes through Spring Security's endpoints (/webauthn/register/options,
// /webauthn/register); the assertion goes to the second-factor page
// (/account/second-factor/passkey), which checks it with Spring's relying party. The
// base64url handling follows Spring Security's own spring-security-webauthn.js (Apache-2.0).
"use strict";
(() => {
  const base64url = {
    encode(buffer) {
      const base64 = window.btoa(String.fromCharCode(...new Uint8Array(buffer)));
      return base64.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
    },
    decode(text) {
      const binary = window.atob(text.replace(/-/g, "+").replace(/_/g, "/"));
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) {
        bytes[i] = binary.charCodeAt(i);
      }
      return bytes.buffer;
    },
  };

  function csrfHeaders() {
    const token = document.querySelector("input[name='_csrf']");
    return token ? { "X-CSRF-TOKEN": token.value } : {};
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", ...csrfHeaders() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error("HTTP " + response.status);
    }
    return response.json();
  }

  async function register(label) {
    const options = await post("/webauthn/register/options");
    const publicKey = {
      ...options,
      user: { ...options.user, id: base64url.decode(options.user.id) },
      challenge: base64url.decode(options.challenge),
      excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) })),
    };
    const created = await navigator.credentials.create({ publicKey });
    const credential = {
      id: created.id,
      rawId: base64url.encode(created.rawId),
      response: {
        attestationObject: base64url.encode(created.response.attestationObject),
        clientDataJSON: base64url.encode(created.response.clientDataJSON),
        transports: created.response.getTransports ? created.response.getTransports() : [],
      },
      type: created.type,
      clientExtensionResults: created.getClientExtensionResults(),
      authenticatorAttachment: created.authenticatorAttachment,
    };
    const result = await post("/webauthn/register", { publicKey: { credential, label } });
    if (!result || !result.success) {
      throw new Error("registration refused");
    }
  }

  async function authenticate() {
    const options = await post("/webauthn/authenticate/options");
    const publicKey = {
      ...options,
      challenge: base64url.decode(options.challenge),
      allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) })),
    };
    const got = await navigator.credentials.get({ publicKey });
    const body = {
      id: got.id,
      rawId: base64url.encode(got.rawId),
      response: {
        authenticatorData: base64url.encode(got.response.authenticatorData),
        clientDataJSON: base64url.encode(got.response.clientDataJSON),
        signature: base64url.encode(got.response.signature),
        userHandle: got.response.userHandle ? base64url.encode(got.response.userHandle) : undefined,
      },
      type: got.type,
      clientExtensionResults: got.getClientExtensionResults(),
      authenticatorAttachment: got.authenticatorAttachment,
    };
    const result = await post("/account/second-factor/passkey", body);
    window.location.assign(result.redirectUrl);
  }

  function showProblem(area) {
    area.textContent = area.dataset.message;
    area.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const section = document.getElementById("passkey");
    if (!section) {
      return;
    }
    const problem = document.getElementById("passkey-problem");
    if (!window.PublicKeyCredential) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    const signIn = document.getElementById("passkey-sign-in");
    if (signIn) {
      signIn.addEventListener("click", async () => {
        problem.hidden = true;
        try {
          await authenticate();
        } catch (err) {
          console.warn(err);
          showProblem(problem);
        }
      });
    }
    const create = document.getElementById("passkey-register");
    if (create) {
      create.addEventListener("click", async () => {
        problem.hidden = true;
        try {
          await register(document.getElementById("passkey-label").value || "Passkey");
          await authenticate();
        } catch (err) {
          console.warn(err);
          showProblem(problem);
        }
      });
    }
  });
})();
