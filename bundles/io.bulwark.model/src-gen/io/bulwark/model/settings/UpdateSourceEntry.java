/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Source Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One row of a custom update source list: agents in the IP range update from a URL or from an update agent; exactly one of the two is set.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.UpdateSourceEntry#getIpRange <em>Ip Range</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSourceEntry#getUrl <em>Url</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSourceEntry#getUpdateAgentId <em>Update Agent Id</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSourceEntry()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface UpdateSourceEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Ip Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An IPv4 or IPv6 range: one address, address/prefix or first-last.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Range</em>' attribute.
	 * @see #setIpRange(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSourceEntry_IpRange()
	 * @model
	 * @generated
	 */
	String getIpRange();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSourceEntry#getIpRange <em>Ip Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Range</em>' attribute.
	 * @see #getIpRange()
	 * @generated
	 */
	void setIpRange(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An http or https URL of a component share, without user name or password; null when an update agent serves the range.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSourceEntry_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSourceEntry#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Update Agent Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id (GUID) of the update agent that serves the range; null when a URL does.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Update Agent Id</em>' attribute.
	 * @see #setUpdateAgentId(String)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSourceEntry_UpdateAgentId()
	 * @model
	 * @generated
	 */
	String getUpdateAgentId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSourceEntry#getUpdateAgentId <em>Update Agent Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Update Agent Id</em>' attribute.
	 * @see #getUpdateAgentId()
	 * @generated
	 */
	void setUpdateAgentId(String value);

} // UpdateSourceEntry
