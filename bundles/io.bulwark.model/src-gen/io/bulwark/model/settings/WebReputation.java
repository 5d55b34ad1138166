/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Web Reputation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Web reputation: blocking of web sites by their reputation, with one policy for agents inside the corporate network and one for agents outside it, and criteria that tell an agent where it is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.WebReputation#getInternalAgents <em>Internal Agents</em>}</li>
 *   <li>{@link io.bulwark.model.settings.WebReputation#getExternalAgents <em>External Agents</em>}</li>
 *   <li>{@link io.bulwark.model.settings.WebReputation#getLocation <em>Location</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getWebReputation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface WebReputation extends EObject {
	/**
	 * Returns the value of the '<em><b>Internal Agents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy for agents inside the corporate network; required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Internal Agents</em>' containment reference.
	 * @see #setInternalAgents(WebReputationPolicy)
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputation_InternalAgents()
	 * @model containment="true"
	 * @generated
	 */
	WebReputationPolicy getInternalAgents();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.WebReputation#getInternalAgents <em>Internal Agents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Internal Agents</em>' containment reference.
	 * @see #getInternalAgents()
	 * @generated
	 */
	void setInternalAgents(WebReputationPolicy value);

	/**
	 * Returns the value of the '<em><b>External Agents</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The policy for agents outside it (roaming laptops, for example); required.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Agents</em>' containment reference.
	 * @see #setExternalAgents(WebReputationPolicy)
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputation_ExternalAgents()
	 * @model containment="true"
	 * @generated
	 */
	WebReputationPolicy getExternalAgents();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.WebReputation#getExternalAgents <em>External Agents</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Agents</em>' containment reference.
	 * @see #getExternalAgents()
	 * @generated
	 */
	void setExternalAgents(WebReputationPolicy value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How an agent decides it is inside; null for no criteria (every agent is external).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Location</em>' containment reference.
	 * @see #setLocation(LocationCriteria)
	 * @see io.bulwark.model.settings.SettingsPackage#getWebReputation_Location()
	 * @model containment="true"
	 * @generated
	 */
	LocationCriteria getLocation();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.WebReputation#getLocation <em>Location</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' containment reference.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(LocationCriteria value);

} // WebReputation
