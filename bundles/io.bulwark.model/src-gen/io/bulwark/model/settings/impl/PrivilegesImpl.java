/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.AgentSecurityLevel;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UnloadRule;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Privileges</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#isConfigureScans <em>Configure Scans</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#isToggleFirewall <em>Toggle Firewall</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#isConfigureProxy <em>Configure Proxy</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#isUpdateNow <em>Update Now</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#isUpdateComponentsOnly <em>Update Components Only</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#getUnload <em>Unload</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#getUninstall <em>Uninstall</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.PrivilegesImpl#getUnloadPassword <em>Unload Password</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrivilegesImpl extends MinimalEObjectImpl.Container implements Privileges {
	/**
	 * The default value of the '{@link #isConfigureScans() <em>Configure Scans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfigureScans()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIGURE_SCANS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfigureScans() <em>Configure Scans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfigureScans()
	 * @generated
	 * @ordered
	 */
	protected boolean configureScans = CONFIGURE_SCANS_EDEFAULT;

	/**
	 * The default value of the '{@link #isToggleFirewall() <em>Toggle Firewall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isToggleFirewall()
	 * @generated
	 * @ordered
	 */
	protected static final boolean TOGGLE_FIREWALL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isToggleFirewall() <em>Toggle Firewall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isToggleFirewall()
	 * @generated
	 * @ordered
	 */
	protected boolean toggleFirewall = TOGGLE_FIREWALL_EDEFAULT;

	/**
	 * The default value of the '{@link #isConfigureProxy() <em>Configure Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfigureProxy()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONFIGURE_PROXY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConfigureProxy() <em>Configure Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConfigureProxy()
	 * @generated
	 * @ordered
	 */
	protected boolean configureProxy = CONFIGURE_PROXY_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpdateNow() <em>Update Now</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdateNow()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPDATE_NOW_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpdateNow() <em>Update Now</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdateNow()
	 * @generated
	 * @ordered
	 */
	protected boolean updateNow = UPDATE_NOW_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpdateComponentsOnly() <em>Update Components Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdateComponentsOnly()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPDATE_COMPONENTS_ONLY_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpdateComponentsOnly() <em>Update Components Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpdateComponentsOnly()
	 * @generated
	 * @ordered
	 */
	protected boolean updateComponentsOnly = UPDATE_COMPONENTS_ONLY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected static final AgentSecurityLevel SECURITY_LEVEL_EDEFAULT = AgentSecurityLevel.NORMAL;

	/**
	 * The cached value of the '{@link #getSecurityLevel() <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityLevel()
	 * @generated
	 * @ordered
	 */
	protected AgentSecurityLevel securityLevel = SECURITY_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnload() <em>Unload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnload()
	 * @generated
	 * @ordered
	 */
	protected static final UnloadRule UNLOAD_EDEFAULT = UnloadRule.ALLOW;

	/**
	 * The cached value of the '{@link #getUnload() <em>Unload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnload()
	 * @generated
	 * @ordered
	 */
	protected UnloadRule unload = UNLOAD_EDEFAULT;

	/**
	 * The default value of the '{@link #getUninstall() <em>Uninstall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUninstall()
	 * @generated
	 * @ordered
	 */
	protected static final UnloadRule UNINSTALL_EDEFAULT = UnloadRule.ALLOW;

	/**
	 * The cached value of the '{@link #getUninstall() <em>Uninstall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUninstall()
	 * @generated
	 * @ordered
	 */
	protected UnloadRule uninstall = UNINSTALL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUnloadPassword() <em>Unload Password</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnloadPassword()
	 * @generated
	 * @ordered
	 */
	protected UnloadPassword unloadPassword;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrivilegesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.PRIVILEGES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfigureScans() {
		return configureScans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfigureScans(boolean newConfigureScans) {
		boolean oldConfigureScans = configureScans;
		configureScans = newConfigureScans;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__CONFIGURE_SCANS, oldConfigureScans, configureScans));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isToggleFirewall() {
		return toggleFirewall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToggleFirewall(boolean newToggleFirewall) {
		boolean oldToggleFirewall = toggleFirewall;
		toggleFirewall = newToggleFirewall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__TOGGLE_FIREWALL, oldToggleFirewall, toggleFirewall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConfigureProxy() {
		return configureProxy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConfigureProxy(boolean newConfigureProxy) {
		boolean oldConfigureProxy = configureProxy;
		configureProxy = newConfigureProxy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__CONFIGURE_PROXY, oldConfigureProxy, configureProxy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpdateNow() {
		return updateNow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateNow(boolean newUpdateNow) {
		boolean oldUpdateNow = updateNow;
		updateNow = newUpdateNow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__UPDATE_NOW, oldUpdateNow, updateNow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpdateComponentsOnly() {
		return updateComponentsOnly;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpdateComponentsOnly(boolean newUpdateComponentsOnly) {
		boolean oldUpdateComponentsOnly = updateComponentsOnly;
		updateComponentsOnly = newUpdateComponentsOnly;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__UPDATE_COMPONENTS_ONLY, oldUpdateComponentsOnly, updateComponentsOnly));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgentSecurityLevel getSecurityLevel() {
		return securityLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityLevel(AgentSecurityLevel newSecurityLevel) {
		AgentSecurityLevel oldSecurityLevel = securityLevel;
		securityLevel = newSecurityLevel == null ? SECURITY_LEVEL_EDEFAULT : newSecurityLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__SECURITY_LEVEL, oldSecurityLevel, securityLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnloadRule getUnload() {
		return unload;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnload(UnloadRule newUnload) {
		UnloadRule oldUnload = unload;
		unload = newUnload == null ? UNLOAD_EDEFAULT : newUnload;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__UNLOAD, oldUnload, unload));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnloadRule getUninstall() {
		return uninstall;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUninstall(UnloadRule newUninstall) {
		UnloadRule oldUninstall = uninstall;
		uninstall = newUninstall == null ? UNINSTALL_EDEFAULT : newUninstall;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__UNINSTALL, oldUninstall, uninstall));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UnloadPassword getUnloadPassword() {
		return unloadPassword;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUnloadPassword(UnloadPassword newUnloadPassword, NotificationChain msgs) {
		UnloadPassword oldUnloadPassword = unloadPassword;
		unloadPassword = newUnloadPassword;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD, oldUnloadPassword, newUnloadPassword);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnloadPassword(UnloadPassword newUnloadPassword) {
		if (newUnloadPassword != unloadPassword) {
			NotificationChain msgs = null;
			if (unloadPassword != null)
				msgs = ((InternalEObject)unloadPassword).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD, null, msgs);
			if (newUnloadPassword != null)
				msgs = ((InternalEObject)newUnloadPassword).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD, null, msgs);
			msgs = basicSetUnloadPassword(newUnloadPassword, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD, newUnloadPassword, newUnloadPassword));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD:
				return basicSetUnloadPassword(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.PRIVILEGES__CONFIGURE_SCANS:
				return isConfigureScans();
			case SettingsPackage.PRIVILEGES__TOGGLE_FIREWALL:
				return isToggleFirewall();
			case SettingsPackage.PRIVILEGES__CONFIGURE_PROXY:
				return isConfigureProxy();
			case SettingsPackage.PRIVILEGES__UPDATE_NOW:
				return isUpdateNow();
			case SettingsPackage.PRIVILEGES__UPDATE_COMPONENTS_ONLY:
				return isUpdateComponentsOnly();
			case SettingsPackage.PRIVILEGES__SECURITY_LEVEL:
				return getSecurityLevel();
			case SettingsPackage.PRIVILEGES__UNLOAD:
				return getUnload();
			case SettingsPackage.PRIVILEGES__UNINSTALL:
				return getUninstall();
			case SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD:
				return getUnloadPassword();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.PRIVILEGES__CONFIGURE_SCANS:
				setConfigureScans((Boolean)newValue);
				return;
			case SettingsPackage.PRIVILEGES__TOGGLE_FIREWALL:
				setToggleFirewall((Boolean)newValue);
				return;
			case SettingsPackage.PRIVILEGES__CONFIGURE_PROXY:
				setConfigureProxy((Boolean)newValue);
				return;
			case SettingsPackage.PRIVILEGES__UPDATE_NOW:
				setUpdateNow((Boolean)newValue);
				return;
			case SettingsPackage.PRIVILEGES__UPDATE_COMPONENTS_ONLY:
				setUpdateComponentsOnly((Boolean)newValue);
				return;
			case SettingsPackage.PRIVILEGES__SECURITY_LEVEL:
				setSecurityLevel((AgentSecurityLevel)newValue);
				return;
			case SettingsPackage.PRIVILEGES__UNLOAD:
				setUnload((UnloadRule)newValue);
				return;
			case SettingsPackage.PRIVILEGES__UNINSTALL:
				setUninstall((UnloadRule)newValue);
				return;
			case SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD:
				setUnloadPassword((UnloadPassword)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.PRIVILEGES__CONFIGURE_SCANS:
				setConfigureScans(CONFIGURE_SCANS_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__TOGGLE_FIREWALL:
				setToggleFirewall(TOGGLE_FIREWALL_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__CONFIGURE_PROXY:
				setConfigureProxy(CONFIGURE_PROXY_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__UPDATE_NOW:
				setUpdateNow(UPDATE_NOW_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__UPDATE_COMPONENTS_ONLY:
				setUpdateComponentsOnly(UPDATE_COMPONENTS_ONLY_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__SECURITY_LEVEL:
				setSecurityLevel(SECURITY_LEVEL_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__UNLOAD:
				setUnload(UNLOAD_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__UNINSTALL:
				setUninstall(UNINSTALL_EDEFAULT);
				return;
			case SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD:
				setUnloadPassword((UnloadPassword)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.PRIVILEGES__CONFIGURE_SCANS:
				return configureScans != CONFIGURE_SCANS_EDEFAULT;
			case SettingsPackage.PRIVILEGES__TOGGLE_FIREWALL:
				return toggleFirewall != TOGGLE_FIREWALL_EDEFAULT;
			case SettingsPackage.PRIVILEGES__CONFIGURE_PROXY:
				return configureProxy != CONFIGURE_PROXY_EDEFAULT;
			case SettingsPackage.PRIVILEGES__UPDATE_NOW:
				return updateNow != UPDATE_NOW_EDEFAULT;
			case SettingsPackage.PRIVILEGES__UPDATE_COMPONENTS_ONLY:
				return updateComponentsOnly != UPDATE_COMPONENTS_ONLY_EDEFAULT;
			case SettingsPackage.PRIVILEGES__SECURITY_LEVEL:
				return securityLevel != SECURITY_LEVEL_EDEFAULT;
			case SettingsPackage.PRIVILEGES__UNLOAD:
				return unload != UNLOAD_EDEFAULT;
			case SettingsPackage.PRIVILEGES__UNINSTALL:
				return uninstall != UNINSTALL_EDEFAULT;
			case SettingsPackage.PRIVILEGES__UNLOAD_PASSWORD:
				return unloadPassword != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (configureScans: ");
		result.append(configureScans);
		result.append(", toggleFirewall: ");
		result.append(toggleFirewall);
		result.append(", configureProxy: ");
		result.append(configureProxy);
		result.append(", updateNow: ");
		result.append(updateNow);
		result.append(", updateComponentsOnly: ");
		result.append(updateComponentsOnly);
		result.append(", securityLevel: ");
		result.append(securityLevel);
		result.append(", unload: ");
		result.append(unload);
		result.append(", uninstall: ");
		result.append(uninstall);
		result.append(')');
		return result.toString();
	}

} //PrivilegesImpl
