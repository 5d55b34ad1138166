/**
 */
package io.bulwark.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Grouping Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An automatic grouping rule: an agent that registers from an address in the rule's range is placed in the domain that holds the rule. The server tries all rules of a tree by ascending position; the first match wins.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.GroupingRule#getId <em>Id</em>}</li>
 *   <li>{@link io.bulwark.model.GroupingRule#getIpRange <em>Ip Range</em>}</li>
 *   <li>{@link io.bulwark.model.GroupingRule#getPosition <em>Position</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.ModelPackage#getGroupingRule()
 * @model
 * @generated
 */
public interface GroupingRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The server's identity of the rule; 0 for a rule the server has not created yet.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see io.bulwark.model.ModelPackage#getGroupingRule_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link io.bulwark.model.GroupingRule#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Ip Range</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The addresses the rule matches, as written: one IPv4 or IPv6 address, address/prefix, or first-last.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ip Range</em>' attribute.
	 * @see #setIpRange(String)
	 * @see io.bulwark.model.ModelPackage#getGroupingRule_IpRange()
	 * @model
	 * @generated
	 */
	String getIpRange();

	/**
	 * Sets the value of the '{@link io.bulwark.model.GroupingRule#getIpRange <em>Ip Range</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Range</em>' attribute.
	 * @see #getIpRange()
	 * @generated
	 */
	void setIpRange(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rule's order among all rules of the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(int)
	 * @see io.bulwark.model.ModelPackage#getGroupingRule_Position()
	 * @model
	 * @generated
	 */
	int getPosition();

	/**
	 * Sets the value of the '{@link io.bulwark.model.GroupingRule#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(int value);

} // GroupingRule
