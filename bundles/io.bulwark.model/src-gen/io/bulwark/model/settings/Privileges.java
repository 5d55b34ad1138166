/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Privileges</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Privileges and other settings: what a user on the endpoint may do with the agent, and how the agent protects itself.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.Privileges#isConfigureScans <em>Configure Scans</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#isToggleFirewall <em>Toggle Firewall</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#isConfigureProxy <em>Configure Proxy</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#isUpdateNow <em>Update Now</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#isUpdateComponentsOnly <em>Update Components Only</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#getSecurityLevel <em>Security Level</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#getUnload <em>Unload</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#getUninstall <em>Uninstall</em>}</li>
 *   <li>{@link io.bulwark.model.settings.Privileges#getUnloadPassword <em>Unload Password</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface Privileges extends EObject {
	/**
	 * Returns the value of the '<em><b>Configure Scans</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether agent users may change manual, real-time and scheduled scan settings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configure Scans</em>' attribute.
	 * @see #setConfigureScans(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_ConfigureScans()
	 * @model
	 * @generated
	 */
	boolean isConfigureScans();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#isConfigureScans <em>Configure Scans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Configure Scans</em>' attribute.
	 * @see #isConfigureScans()
	 * @generated
	 */
	void setConfigureScans(boolean value);

	/**
	 * Returns the value of the '<em><b>Toggle Firewall</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether agent users may turn the firewall on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Toggle Firewall</em>' attribute.
	 * @see #setToggleFirewall(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_ToggleFirewall()
	 * @model
	 * @generated
	 */
	boolean isToggleFirewall();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#isToggleFirewall <em>Toggle Firewall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Toggle Firewall</em>' attribute.
	 * @see #isToggleFirewall()
	 * @generated
	 */
	void setToggleFirewall(boolean value);

	/**
	 * Returns the value of the '<em><b>Configure Proxy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether agent users may set the agent's proxy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Configure Proxy</em>' attribute.
	 * @see #setConfigureProxy(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_ConfigureProxy()
	 * @model
	 * @generated
	 */
	boolean isConfigureProxy();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#isConfigureProxy <em>Configure Proxy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Configure Proxy</em>' attribute.
	 * @see #isConfigureProxy()
	 * @generated
	 */
	void setConfigureProxy(boolean value);

	/**
	 * Returns the value of the '<em><b>Update Now</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether agent users may start a component update.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Now</em>' attribute.
	 * @see #setUpdateNow(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_UpdateNow()
	 * @model
	 * @generated
	 */
	boolean isUpdateNow();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#isUpdateNow <em>Update Now</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Now</em>' attribute.
	 * @see #isUpdateNow()
	 * @generated
	 */
	void setUpdateNow(boolean value);

	/**
	 * Returns the value of the '<em><b>Update Components Only</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The switch that holds agents back during a server upgrade: the agent may update components but may not upgrade the agent program or deploy hotfixes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Components Only</em>' attribute.
	 * @see #setUpdateComponentsOnly(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_UpdateComponentsOnly()
	 * @model
	 * @generated
	 */
	boolean isUpdateComponentsOnly();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#isUpdateComponentsOnly <em>Update Components Only</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Components Only</em>' attribute.
	 * @see #isUpdateComponentsOnly()
	 * @generated
	 */
	void setUpdateComponentsOnly(boolean value);

	/**
	 * Returns the value of the '<em><b>Security Level</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.AgentSecurityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Protection of the agent's folder: normal, or high (users may not change its files or registry keys).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Security Level</em>' attribute.
	 * @see io.bulwark.model.settings.AgentSecurityLevel
	 * @see #setSecurityLevel(AgentSecurityLevel)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_SecurityLevel()
	 * @model
	 * @generated
	 */
	AgentSecurityLevel getSecurityLevel();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#getSecurityLevel <em>Security Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Level</em>' attribute.
	 * @see io.bulwark.model.settings.AgentSecurityLevel
	 * @see #getSecurityLevel()
	 * @generated
	 */
	void setSecurityLevel(AgentSecurityLevel value);

	/**
	 * Returns the value of the '<em><b>Unload</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.UnloadRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a user may unload the agent freely or must give the unload/uninstall password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unload</em>' attribute.
	 * @see io.bulwark.model.settings.UnloadRule
	 * @see #setUnload(UnloadRule)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_Unload()
	 * @model
	 * @generated
	 */
	UnloadRule getUnload();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#getUnload <em>Unload</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unload</em>' attribute.
	 * @see io.bulwark.model.settings.UnloadRule
	 * @see #getUnload()
	 * @generated
	 */
	void setUnload(UnloadRule value);

	/**
	 * Returns the value of the '<em><b>Uninstall</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.UnloadRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether a user may uninstall the agent freely or must give the unload/uninstall password.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uninstall</em>' attribute.
	 * @see io.bulwark.model.settings.UnloadRule
	 * @see #setUninstall(UnloadRule)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_Uninstall()
	 * @model
	 * @generated
	 */
	UnloadRule getUninstall();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#getUninstall <em>Uninstall</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uninstall</em>' attribute.
	 * @see io.bulwark.model.settings.UnloadRule
	 * @see #getUninstall()
	 * @generated
	 */
	void setUninstall(UnloadRule value);

	/**
	 * Returns the value of the '<em><b>Unload Password</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unload/uninstall password of this scope; null for none (a write without it removes the password).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unload Password</em>' containment reference.
	 * @see #setUnloadPassword(UnloadPassword)
	 * @see io.bulwark.model.settings.SettingsPackage#getPrivileges_UnloadPassword()
	 * @model containment="true"
	 * @generated
	 */
	UnloadPassword getUnloadPassword();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.Privileges#getUnloadPassword <em>Unload Password</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unload Password</em>' containment reference.
	 * @see #getUnloadPassword()
	 * @generated
	 */
	void setUnloadPassword(UnloadPassword value);

} // Privileges
